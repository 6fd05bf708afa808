package cn.lvzhi;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets {@code LVZHI_DATA_DIR} be any folder a person would type: H2 refuses a file URL whose path
 * is relative without a leading {@code ./} ("data2/lvzhi"), so such a folder is given one. Absolute
 * paths and those starting with {@code ./}, {@code ../} or {@code ~} are left as they are. Runs
 * after the configuration files are read (lowest precedence among the post-processors).
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "lvzhi.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String folder = environment.getProperty(PROPERTY);
		if (folder == null || folder.isBlank() || explicit(folder)) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("lvzhiDataDirectory", Map.of(PROPERTY, "./" + folder)));
	}

	static boolean explicit(String folder) {
		return Path.of(folder).isAbsolute() || folder.startsWith("./") || folder.startsWith("../")
				|| folder.startsWith(".\\") || folder.startsWith("..\\") || folder.startsWith("~");
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
