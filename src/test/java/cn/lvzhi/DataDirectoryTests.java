package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirectoryTests {

	static String afterStartUp(String folder) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("given", Map.of(DataDirectory.PROPERTY, folder)));
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(DataDirectory.PROPERTY);
	}

	@Test
	void aPlainRelativeFolderIsMadeExplicitlyRelativeSoThatH2AcceptsIt() {
		assertThat(afterStartUp("data2")).isEqualTo("./data2");
		assertThat(afterStartUp("var/lvzhi")).isEqualTo("./var/lvzhi");
	}

	@Test
	void absoluteAndExplicitlyRelativeFoldersStayAsGiven() {
		assertThat(afterStartUp("/var/lib/lvzhi")).isEqualTo("/var/lib/lvzhi");
		assertThat(afterStartUp("./data")).isEqualTo("./data");
		assertThat(afterStartUp("../shared/data")).isEqualTo("../shared/data");
		assertThat(afterStartUp("~/lvzhi")).isEqualTo("~/lvzhi");
	}
}
