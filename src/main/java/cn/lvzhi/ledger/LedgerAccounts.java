package cn.lvzhi.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.lvzhi.standard.Category;

/**
 * Each representative's balance per cycle: a projection of the ledger entries, changed by the
 * same amounts in the same transaction. Its row lock serialises all bookings of one
 * representative and cycle, so that two verifications at once cannot both count the last points
 * under a cap.
 */
@Repository
class LedgerAccounts {

	private final JdbcClient jdbc;

	LedgerAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the account of a representative's cycle until the transaction ends, opening it with
	 * zeros first if it does not exist (a concurrent opening is waited for, not duplicated).
	 */
	void lock(long districtId, long representativeId, int cycle) {
		jdbc.sql("""
				insert into ledger_account (district_id, representative_id, cycle, service, deliberation, supervision,
				    exemplary, adjustments, total)
				values (?, ?, ?, 0, 0, 0, 0, 0, 0) on conflict do nothing""")
			.params(districtId, representativeId, cycle)
			.update();
		jdbc.sql("select total from ledger_account where representative_id = ? and cycle = ? for update")
			.params(representativeId, cycle)
			.query(Integer.class)
			.single();
	}

	/** Adds points to a category of a locked account (and to its total). */
	void add(long representativeId, int cycle, Category category, int points) {
		String column = switch (category) {
			case SERVICE -> "service";
			case DELIBERATION -> "deliberation";
			case SUPERVISION -> "supervision";
			case EXEMPLARY -> "exemplary";
		};
		jdbc.sql("update ledger_account set " + column + " = " + column + " + ?, total = total + ?"
				+ " where representative_id = ? and cycle = ?")
			.params(points, points, representativeId, cycle)
			.update();
	}

	/** Adds a manual adjustment to a locked account (and to its total). */
	void addAdjustment(long representativeId, int cycle, int points) {
		jdbc.sql("update ledger_account set adjustments = adjustments + ?, total = total + ?"
				+ " where representative_id = ? and cycle = ?")
			.params(points, points, representativeId, cycle)
			.update();
	}
}
