package cn.lvzhi.roster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster as an Excel sheet (.xlsx): exported with a Chinese header row, workstations by name,
 * so that a person can edit it; imported from the same columns. An import is all or nothing:
 * every wrong cell is reported (row as Excel numbers it, column by its header) and nothing is
 * saved unless every row is right. The sheet is written by {@link RosterSheetWriter}, read by
 * {@link RosterSheetReader} and judged by the rules of {@link RosterImport}.
 */
@Service
public class RosterSheets {

	private final Representatives representatives;

	private final RepresentativeQueries queries;

	private final Workstations workstations;

	private final RosterSheetWriter writer;

	private final RosterSheetReader reader;

	private final RosterImport rules;

	private final ApplicationEventPublisher events;

	private final RosterProperties properties;

	RosterSheets(Representatives representatives, RepresentativeQueries queries, Workstations workstations,
			RosterSheetWriter writer, RosterSheetReader reader, RosterImport rules, ApplicationEventPublisher events,
			RosterProperties properties) {
		this.representatives = representatives;
		this.queries = queries;
		this.workstations = workstations;
		this.writer = writer;
		this.reader = reader;
		this.rules = rules;
		this.events = events;
		this.properties = properties;
	}

	/** The largest file an import accepts, in bytes. */
	public long importMaxBytes() {
		return properties.importMaxBytes().toBytes();
	}

	/** The representatives matching the filter as an .xlsx, phone numbers in full (the office's export). */
	@Transactional
	public byte[] export(RepresentativeFilter filter) {
		List<Representative> rows = queries.all(filter);
		Map<Long, String> names = workstations.inDisplayOrder(filter.districtId())
			.stream()
			.collect(Collectors.toMap(Workstation::id, Workstation::name));
		byte[] sheet = writer.write(rows, names);
		events.publishEvent(new RosterEvent("REPRESENTATIVES_EXPORTED", RosterEvent.REPRESENTATIVE, null,
				"exported " + rows.size() + " representatives (workstation " + filter.workstationId() + ", status "
						+ filter.status() + ", name " + filter.name() + ")"));
		return sheet;
	}

	/**
	 * Imports the representatives of the first sheet of an .xlsx. Returns how many were imported.
	 * Refuses a file over the limit (413), a file that is not an .xlsx (415), a zip bomb, a file
	 * with a DOCTYPE, too many rows or any invalid cell (422, nothing imported).
	 */
	@Transactional
	public int importSheet(long districtId, byte[] content) {
		List<Representative> accepted = rules.plan(districtId, reader.read(content));
		representatives.saveImported(accepted);
		return accepted.size();
	}
}
