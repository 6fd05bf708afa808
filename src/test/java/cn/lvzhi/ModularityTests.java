package cn.lvzhi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph has no cycles and no module reaches into another's internals. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(LvzhiApplication.class);

	@Test
	void modulesOnlyUseEachOthersApisAndFormNoCycle() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
