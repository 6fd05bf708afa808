package cn.lvzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape the next engineer can rely on: no production class grows past 300 lines (split it
 * by responsibility first), and HTTP controllers live only in a module's {@code web} package,
 * apart from its domain code.
 */
class CodeShapeTests {

	static final int MAX_LINES = 300;

	static final JavaClasses MAIN = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("cn.lvzhi");

	@Test
	void noProductionClassIsLongerThanThreeHundredLines() throws IOException {
		List<String> tooLong;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			tooLong = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
				try {
					long lines = Files.lines(f).count();
					return lines > MAX_LINES ? Stream.of(f + ": " + lines) : Stream.empty();
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
		assertThat(tooLong).isEmpty();
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("..web..")
			.check(MAIN);
	}
}
