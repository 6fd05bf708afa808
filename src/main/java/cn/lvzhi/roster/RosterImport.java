package cn.lvzhi.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.lvzhi.shared.Problem;

/**
 * The rules of an import: turns the rows of a sheet into representatives of a district, ready
 * to save, or reports every wrong cell of every row (422, sorted by row) so that nothing is
 * saved unless every row is right. A row must pass the domain's own checks (as a registration,
 * and an end of term where its status says so) and the sheet's: workstations known by name and
 * of the right type, an end date or reason only with the status ended, and no representative
 * twice (same name, community workstation and phone) in the sheet or among those serving.
 */
@Component
class RosterImport {

	private final Representatives representatives;

	private final RepresentativeQueries queries;

	private final Workstations workstations;

	private final MessageSource messages;

	private final Clock clock;

	RosterImport(Representatives representatives, RepresentativeQueries queries, Workstations workstations,
			MessageSource messages, Clock clock) {
		this.representatives = representatives;
		this.queries = queries;
		this.workstations = workstations;
		this.messages = messages;
		this.clock = clock;
	}

	/** The representatives the rows stand for, not saved yet. */
	List<Representative> plan(long districtId, List<SheetRow> rows) {
		Map<String, Workstation> byName = workstations.inDisplayOrder(districtId)
			.stream()
			.collect(Collectors.toMap(w -> w.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		LocalDate today = representatives.today(districtId);
		Instant now = clock.instant();
		Map<String, Gender> genders = Map.of(text("gender.MALE"), Gender.MALE, "MALE", Gender.MALE,
				text("gender.FEMALE"), Gender.FEMALE, "FEMALE", Gender.FEMALE);
		Map<String, RepresentativeStatus> statuses = Map.of(text("roster.status.ACTIVE"), RepresentativeStatus.ACTIVE,
				"ACTIVE", RepresentativeStatus.ACTIVE, text("roster.status.ENDED"), RepresentativeStatus.ENDED, "ENDED",
				RepresentativeStatus.ENDED);
		var violations = new ArrayList<Problem.CellViolation>();
		var accepted = new ArrayList<Representative>();
		Set<String> seen = new HashSet<>(existingKeys(districtId));
		for (SheetRow row : rows) {
			var cells = new RowCells(row, messages);
			Gender gender = cells.choice(SheetColumn.GENDER, genders, "roster.import.gender");
			RepresentativeStatus status = cells.choice(SheetColumn.STATUS, statuses, "roster.import.status");
			LocalDate startedOn = cells.date(SheetColumn.STARTED_ON);
			LocalDate endedOn = cells.date(SheetColumn.ENDED_ON);
			Long community = cells.workstation(SheetColumn.COMMUNITY_WORKSTATION, WorkstationType.COMMUNITY, byName);
			Long industry = cells.workstation(SheetColumn.INDUSTRY_WORKSTATION, WorkstationType.INDUSTRY, byName);
			var details = new RepresentativeDetails(cells.string(SheetColumn.NAME), gender,
					cells.string(SheetColumn.ORGANIZATION), cells.string(SheetColumn.POSITION),
					cells.string(SheetColumn.PHONE), cells.string(SheetColumn.ELECTORAL_UNIT),
					cells.string(SheetColumn.TERM), community, industry, startedOn);
			String reason = cells.string(SheetColumn.END_REASON);
			if (status != RepresentativeStatus.ENDED && (endedOn != null || reason != null)) {
				cells.reject(SheetColumn.STATUS, "roster.import.ended-needs-status");
			}
			if (cells.violations().isEmpty()) {
				// Only the domain's own checks are left; a cell already reported is not repeated.
				try {
					Representative candidate = Representative.register(districtId, details, today, now);
					if (status == RepresentativeStatus.ENDED) {
						candidate.end(endedOn, reason, today, now);
					}
					accepted.add(candidate);
				}
				catch (Problem.Invalid invalid) {
					cells.rejectFields(invalid.fields());
				}
			}
			else {
				cells.rejectFields(
						details.violations().stream().filter(f -> !f.field().endsWith("WorkstationId")).toList());
			}
			String key = key(details.normalized().name(), community, details.normalized().phone());
			if (cells.violations().isEmpty() && !seen.add(key)) {
				cells.reject(SheetColumn.NAME, "roster.import.duplicate");
			}
			violations.addAll(cells.violations());
		}
		if (!violations.isEmpty()) {
			violations.sort(Comparator.comparingInt(Problem.CellViolation::row));
			throw Problem.Invalid.cells(violations);
		}
		return accepted;
	}

	private List<String> existingKeys(long districtId) {
		return queries.all(new RepresentativeFilter(districtId, null, RepresentativeStatus.ACTIVE, null))
			.stream()
			.map(r -> key(r.name(), r.communityWorkstationId(), r.phone()))
			.toList();
	}

	private static String key(String name, Long community, String phone) {
		return Objects.toString(name, "").toLowerCase(Locale.ROOT) + "|" + community + "|" + Objects.toString(phone, "");
	}

	private String text(String key) {
		return SheetColumn.text(messages, key);
	}
}
