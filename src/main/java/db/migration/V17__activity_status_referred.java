package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A record may now be referred to the evaluation group ({@code REFERRED}, DOMAIN.md 12), so the
 * check on {@code activity.status} must allow it. V6 declared that check without a name, and H2
 * and PostgreSQL name it differently (a generated {@code CONSTRAINT_…} on H2,
 * {@code activity_status_check} on PostgreSQL), so no one SQL script can drop it on both: this
 * migration finds it through {@code information_schema}
 * (the check constraints of the table {@code activity} whose clause lists the statuses), drops it
 * and adds the new list under a name of its own, {@code ck_activity_status}, which a later
 * migration can drop in plain SQL. Flyway finds it on the classpath under {@code db/migration},
 * beside the SQL migrations, and runs it in their transaction.
 */
public class V17__activity_status_referred extends BaseJavaMigration {

	static final String STATUSES = "'SUBMITTED', 'RECORDED', 'VERIFIED', 'REJECTED', 'RETURNED', 'REVOKED', 'REFERRED'";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String name : statusChecks(connection)) {
				statement.execute("alter table activity drop constraint \"" + name + "\"");
			}
			statement.execute("alter table activity add constraint ck_activity_status check (status in (" + STATUSES
					+ "))");
		}
	}

	/** The names of the check constraints on {@code activity} that list the statuses (V6's one). */
	static List<String> statusChecks(Connection connection) throws SQLException {
		var names = new ArrayList<String>();
		try (PreparedStatement query = connection.prepareStatement("""
				select tc.constraint_name
				from information_schema.table_constraints tc
				join information_schema.check_constraints cc
				  on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
				where tc.table_schema = current_schema and lower(tc.table_name) = 'activity'
				  and tc.constraint_type = 'CHECK' and cc.check_clause like '%SUBMITTED%'
				  and cc.check_clause like '%REVOKED%'""")) {
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
		}
		return names;
	}
}
