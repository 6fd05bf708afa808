package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables: it asks the owning module's API. The only
 * exceptions are the read models docs/ARCHITECTURE.md names ("Read models across modules"), each
 * owned by the downstream module and listed here with the tables it may read. Every table the
 * migrations create must have an owner, so a new table cannot slip past this check.
 */
class TableOwnershipTests {

	static final Path MAIN = Path.of("src/main/java/cn/lvzhi");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Each table and the module that owns it. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("district", "roster"),
			Map.entry("workstation", "roster"), Map.entry("representative", "roster"),
			Map.entry("standard_version", "standard"), Map.entry("standard_item", "standard"),
			Map.entry("app_user", "accounts"), Map.entry("app_user_role", "accounts"),
			Map.entry("password_history", "accounts"), Map.entry("sign_in_source", "accounts"),
			Map.entry("sign_in_address", "accounts"), Map.entry("audit_entry", "audit"),
			Map.entry("activity", "activities"), Map.entry("activity_history", "activities"),
			Map.entry("activity_attachment", "activities"), Map.entry("attachment_content", "activities"),
			Map.entry("collective_activity", "activities"), Map.entry("ledger_account", "ledger"),
			Map.entry("ledger_entry", "ledger"), Map.entry("publication", "publication"),
			Map.entry("publication_row", "publication"), Map.entry("cycle_closure", "publication"),
			Map.entry("review_request", "evaluation"), Map.entry("complaint", "evaluation"),
			Map.entry("year_end_evaluation", "yearend"), Map.entry("year_end_evaluation_change", "yearend"),
			Map.entry("idempotent_request", "web"),
			Map.entry("proposal", "casework"), Map.entry("proposal_cosigner", "casework"),
			Map.entry("proposal_unit", "casework"), Map.entry("proposal_reply", "casework"),
			Map.entry("proposal_history", "casework"), Map.entry("proposal_document", "casework"),
			Map.entry("inspection", "casework"), Map.entry("inquiry", "casework"),
			Map.entry("written_opinion", "casework"), Map.entry("collective_case_participant", "casework"),
			Map.entry("appeal", "casework"),
			Map.entry("appeal_history", "casework"), Map.entry("appeal_follow_up", "casework"),
			Map.entry("appeal_rating_link", "casework"));

	/** The documented read models across modules: class (path under cn/lvzhi) → foreign tables it joins. */
	static final Map<String, Set<String>> READ_MODELS = Map.of(
			"ledger/Standings.java", Set.of("representative", "workstation"),
			"ledger/PointsStatistics.java", Set.of("representative"),
			"activities/ActivitySearch.java", Set.of("representative"));

	static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

	static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");

	@Test
	void everyTableHasAnOwningModule() throws IOException {
		var created = new TreeSet<String>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				Matcher m = CREATED.matcher(Files.readString(file));
				while (m.find()) {
					created.add(m.group(1).toLowerCase());
				}
			}
		}
		assertThat(created).isNotEmpty();
		assertThat(OWNERS.keySet()).containsAll(created);
	}

	@Test
	void noModuleUsesAnotherModulesTablesOutsideItsDocumentedReadModels() throws IOException {
		var trespasses = new ArrayList<String>();
		var readModelUses = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String relative = MAIN.relativize(file).toString().replace('\\', '/');
				if (!relative.contains("/")) {
					continue; // the application class, in no module
				}
				String module = relative.substring(0, relative.indexOf('/'));
				Matcher m = TABLE_USE.matcher(Files.readString(file));
				while (m.find()) {
					String table = m.group(1).toLowerCase();
					String owner = OWNERS.get(table);
					if (owner == null || owner.equals(module)) {
						continue;
					}
					if (READ_MODELS.getOrDefault(relative, Set.of()).contains(table)) {
						readModelUses.add(relative + " " + table);
					}
					else {
						trespasses.add(relative + " uses " + owner + "'s table " + table);
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
		var documented = new TreeSet<String>();
		READ_MODELS.forEach((file, tables) -> tables.forEach(t -> documented.add(file + " " + t)));
		assertThat(readModelUses).as("every documented read model still reads what it is allowed to")
			.isEqualTo(documented);
	}

	@Test
	void theCheckSeesATrespass() {
		Matcher m = TABLE_USE.matcher("jdbc.sql(\"select representative_id from activity where id = ?\")");
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		assertThat(found).containsExactly("activity");
	}
}
