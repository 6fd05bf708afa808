package cn.lvzhi.activities.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** The settings of evidence files and the storage they choose. */
class EvidenceConfigurationTests {

	static EvidenceProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("lvzhi.evidence", EvidenceProperties.class);
	}

	static StorageStrategy storageFor(EvidenceProperties properties, MockEnvironment environment) {
		var configuration = new EvidenceConfiguration(properties,
				new StaticListableBeanFactory().getBeanProvider(MultipartConfigElement.class));
		return configuration.evidenceStorage(properties, null, environment);
	}

	@Test
	void defaultsTo20MegabytesInTheDatabaseAnd20FilesPerRecord() {
		EvidenceProperties defaults = bind(Map.of());
		assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
		assertThat(defaults.storage()).isEqualTo(EvidenceProperties.Storage.DATABASE);
		assertThat(defaults.maxAttachments()).isEqualTo(20);
		assertThat(storageFor(defaults, new MockEnvironment())).isInstanceOf(DatabaseStorage.class);
	}

	@Test
	void keepsFilesInTheEvidenceFolderOfTheDataDirectoryUnlessToldOtherwise(@TempDir Path data) {
		var environment = new MockEnvironment().withProperty("lvzhi.data-dir", data.toString());
		var storage = storageFor(bind(Map.of("lvzhi.evidence.storage", "directory")), environment);
		assertThat(storage).isInstanceOfSatisfying(DirectoryStorage.class,
				d -> assertThat(d.root()).isEqualTo(data.resolve("evidence").toAbsolutePath()));

		var elsewhere = storageFor(bind(Map.of("lvzhi.evidence.storage", "directory", "lvzhi.evidence.directory",
				data.resolve("shared").toString())), environment);
		assertThat(elsewhere).isInstanceOfSatisfying(DirectoryStorage.class,
				d -> assertThat(d.root()).isEqualTo(data.resolve("shared").toAbsolutePath()));
	}
}
