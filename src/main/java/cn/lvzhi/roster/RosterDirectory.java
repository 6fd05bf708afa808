package cn.lvzhi.roster;

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
}
