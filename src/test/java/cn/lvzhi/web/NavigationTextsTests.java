package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every entry of the navigation has its label and the hint the home page shows under it in the
 * message bundles; a missing one shows as {@code ??key_zh_CN??} on somebody's home page.
 */
class NavigationTextsTests {

	@Test
	void everyEntryHasItsLabelAndItsHintInTheBundles() throws IOException {
		var texts = new Properties();
		try (var bundles = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).toList()) {
				try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
					texts.load(in);
				}
			}
		}
		var missing = new ArrayList<String>();
		for (Navigation.Entry entry : Navigation.ENTRIES) {
			for (String key : new String[] { entry.labelKey(), entry.labelKey() + ".hint" }) {
				if (!texts.containsKey(key)) {
					missing.add(entry.id() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
