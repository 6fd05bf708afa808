package cn.lvzhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The ledger is append-only in code: no class of the application holds SQL that updates,
 * deletes, truncates or merges ledger entries, and the entries' store offers nothing but
 * appending and reading. (The ledger_account projection may be updated; it is not the ledger.)
 */
class LedgerAppendOnlyTests {

	static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("cn.lvzhi");

	static final Pattern CHANGES_ENTRIES = Pattern.compile(
			"(update\\s+ledger_entry|delete\\s+from\\s+ledger_entry|truncate\\s+(table\\s+)?ledger_entry"
					+ "|merge\\s+into\\s+ledger_entry|drop\\s+table\\s+ledger_entry|alter\\s+table\\s+ledger_entry)");

	@Test
	void noApplicationCodeHoldsSqlThatChangesOrRemovesLedgerEntries() throws IOException {
		assertThat(APPLICATION.contain(LedgerEntries.class)).isTrue();
		for (JavaClass type : APPLICATION) {
			assertThat(CHANGES_ENTRIES.matcher(classFileText(type)).find()).as(type.getName()).isFalse();
		}
	}

	@Test
	void theEntriesStoreOffersOnlyAppendingAndReading() {
		for (JavaClass type : APPLICATION) {
			if (!type.getPackageName().startsWith("cn.lvzhi.ledger")) {
				continue;
			}
			type.getMethods().forEach(m -> assertThat(m.getName().toLowerCase(Locale.ROOT)).as(m.getFullName())
				.doesNotStartWith("delete")
				.doesNotStartWith("remove")
				.doesNotStartWith("purge")
				.doesNotStartWith("edit"));
		}
		assertThat(APPLICATION.get(LedgerEntries.class).getMethods())
			.allSatisfy(m -> assertThat(m.getName()).isIn("append", "bookedByActivity", "of", "pointsOf", "entry"));
	}

	@Test
	void theCheckWouldSeeSqlThatChangesEntries() throws IOException {
		// Guards the guard: the string constants of a class file are found as text.
		assertThat(CHANGES_ENTRIES.matcher(classFileText(new ClassFileImporter().importClass(Sample.class))).find())
			.isTrue();
	}

	static class Sample {
		static final String SQL = "UPDATE ledger_entry SET points = 0";

		String sql() {
			return SQL + System.nanoTime();
		}
	}

	private static String classFileText(JavaClass type) throws IOException {
		String resource = "/" + type.getName().replace('.', '/') + ".class";
		try (InputStream in = LedgerAppendOnlyTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		}
	}
}
