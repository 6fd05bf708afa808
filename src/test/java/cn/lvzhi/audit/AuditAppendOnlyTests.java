package cn.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only in code: no class of the audit module holds SQL that updates,
 * deletes or truncates, and none offers a method to change or remove entries.
 */
class AuditAppendOnlyTests {

	static final JavaClasses AUDIT = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("cn.lvzhi.audit");

	@Test
	void auditCodeHoldsNoSqlThatChangesOrRemovesRows() throws IOException {
		assertThat(AUDIT).isNotEmpty();
		for (JavaClass type : AUDIT) {
			String constants = classFileText(type);
			assertThat(constants).as(type.getName())
				.doesNotContain("update ")
				.doesNotContain("delete ")
				.doesNotContain("truncate ")
				.doesNotContain("drop ")
				.doesNotContain("merge into");
		}
	}

	@Test
	void auditCodeOffersNoMethodToChangeOrRemoveEntries() {
		for (JavaClass type : AUDIT) {
			type.getMethods().forEach(m -> assertThat(m.getName().toLowerCase(Locale.ROOT)).as(m.getFullName())
				.doesNotStartWith("delete")
				.doesNotStartWith("remove")
				.doesNotStartWith("update")
				.doesNotStartWith("save")
				.doesNotStartWith("purge"));
		}
	}

	@Test
	void theCheckWouldSeeSqlInAClassFile() throws IOException {
		// Guards the guard: the string constants of a class file are found as text.
		assertThat(classFileText(new ClassFileImporter().importClass(Sample.class))).contains("delete from audit_entry");
	}

	static class Sample {
		static final String SQL = "DELETE FROM audit_entry";

		String sql() {
			return SQL + System.nanoTime();
		}
	}

	private static String classFileText(JavaClass type) throws IOException {
		String resource = "/" + type.getName().replace('.', '/') + ".class";
		try (InputStream in = AuditAppendOnlyTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		}
	}
}
