package cn.lvzhi.roster;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Quick look-ups for other modules that only need to know whether a roster record exists. */
@Service
public class RosterDirectory {

	private final JdbcClient jdbc;

	RosterDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean workstationExists(long districtId, long workstationId) {
		return jdbc.sql("select count(*) from workstation where id = ? and district_id = ?")
			.params(workstationId, districtId)
			.query(Long.class)
			.single() > 0;
	}

	public boolean representativeExists(long districtId, long representativeId) {
		return jdbc.sql("select count(*) from representative where id = ? and district_id = ?")
			.params(representativeId, districtId)
			.query(Long.class)
			.single() > 0;
	}

	/** A workstation as other modules list it (a select in a form). */
	public record WorkstationSummary(long id, String name, String type) {
	}

	/** A representative as other modules list it (a select in a form). */
	public record RepresentativeSummary(long id, String name, String status) {
	}

	/** The workstations of a district, in display order. */
	public List<WorkstationSummary> workstations(long districtId) {
		return jdbc.sql("select id, name, type from workstation where district_id = ? order by display_order, name, id")
			.param(districtId)
			.query((rs, n) -> new WorkstationSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The representatives of a district, active ones first, by name. */
	public List<RepresentativeSummary> representatives(long districtId) {
		return jdbc
			.sql("select id, name, status from representative where district_id = ? "
					+ "order by case when status = 'ACTIVE' then 0 else 1 end, name, id")
			.param(districtId)
			.query((rs, n) -> new RepresentativeSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}
}
