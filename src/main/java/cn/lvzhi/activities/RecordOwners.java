package cn.lvzhi.activities;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose a record is, by its number, with no permission check: for a downstream module that has
 * permission rules of its own and must name a record for somebody who may not read it. The
 * evaluation module's public complaint form is the case: a complainant without an account names
 * a record, and the complaint is then about its representative. It answers only the owner, never
 * the record; to read a record, ask {@link Activities}, which checks who may.
 */
@Service
@Transactional(readOnly = true)
public class RecordOwners {

	private final JdbcClient jdbc;

	RecordOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The representative of the district's record {@code activityId}; empty for no such record in the district. */
	public Optional<Long> representativeOf(long districtId, long activityId) {
		return jdbc.sql("select representative_id from activity where id = ? and district_id = ?")
			.params(activityId, districtId)
			.query(Long.class)
			.optional();
	}
}
