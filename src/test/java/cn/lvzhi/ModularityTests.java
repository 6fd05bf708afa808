package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph has no cycles, no module reaches into another's internals, and
 * docs/ARCHITECTURE.md's table of modules says truly what each depends on.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(LvzhiApplication.class);

	/** A row of the modules table: {@code | `name` | owns | depends on |}. */
	static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$");

	static final Pattern NAME = Pattern.compile("`([a-z]+)`");

	@Test
	void modulesOnlyUseEachOthersApisAndFormNoCycle() {
		modules.verify();
	}

	@Test
	void architectureDocumentNamesEveryModuleWithWhatItDependsOn() throws IOException {
		Map<String, Set<String>> documented = new TreeMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/ARCHITECTURE.md")));
		while (row.find()) {
			Set<String> names = new TreeSet<>();
			// Only the names before a parenthesis: "`roster` (the district's time zone)".
			Matcher name = NAME.matcher(row.group(2).replaceAll("\\([^)]*\\)", ""));
			while (name.find()) {
				names.add(name.group(1));
			}
			documented.put(row.group(1), names);
		}
		Map<String, Set<String>> actual = new TreeMap<>();
		for (ApplicationModule module : modules) {
			actual.put(module.getIdentifier().toString(), module.getDirectDependencies(modules)
				.uniqueModules()
				.map(m -> m.getIdentifier().toString())
				.collect(Collectors.toCollection(TreeSet::new)));
		}
		assertThat(documented).isEqualTo(actual);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
