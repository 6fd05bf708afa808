package cn.lvzhi.activities;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.standard.Satisfaction;

/**
 * The read model the ledger scores: a representative's verified records of a cycle. The ledger
 * asks it upstream each time it rebooks a representative's cycle (ARCHITECTURE.md, "How points
 * come about").
 */
@Service
@Transactional(readOnly = true)
public class VerifiedActivities {

	private final JdbcClient jdbc;

	VerifiedActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The verified records of a representative dated in a cycle, in creation (id) order: what the
	 * ledger scores.
	 */
	public List<VerifiedActivity> verifiedOf(long representativeId, int cycle) {
		return jdbc.sql("""
				select id, district_id, representative_id, item_code, occurred_on, satisfaction, created_at
				from activity where representative_id = ? and status = 'VERIFIED' and occurred_on between ? and ?
				order by id""")
			.params(representativeId, LocalDate.of(cycle, 1, 1), LocalDate.of(cycle, 12, 31))
			.query((rs, n) -> new VerifiedActivity(rs.getLong("id"), rs.getLong("district_id"),
					rs.getLong("representative_id"), rs.getInt("item_code"),
					rs.getObject("occurred_on", LocalDate.class),
					Optional.ofNullable(rs.getString("satisfaction")).map(Satisfaction::valueOf),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}
}
