package cn.lvzhi.activities.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-folder storage: content-addressed, written atomically, read back the same. */
class DirectoryStorageTests {

	@TempDir
	Path folder;

	@Test
	void readsBackTheBytesItStoredUnderTheirHash() throws IOException {
		var storage = new DirectoryStorage(folder.resolve("evidence"));
		byte[] content = Samples.png();
		String sha256 = EvidenceFiles.sha256(content);

		storage.store(sha256, content);

		assertThat(storage.read(sha256).getContentAsByteArray()).isEqualTo(content);
		assertThat(folder.resolve("evidence").resolve(sha256.substring(0, 2)).resolve(sha256)).hasBinaryContent(content);
	}

	@Test
	void storesTheSameContentOnceAndLeavesNoTemporaryFiles() throws IOException {
		var storage = new DirectoryStorage(folder);
		byte[] content = Samples.pdf();
		String sha256 = EvidenceFiles.sha256(content);

		storage.store(sha256, content);
		storage.store(sha256, content);

		try (Stream<Path> files = Files.walk(folder)) {
			assertThat(files.filter(Files::isRegularFile)).containsExactly(storage.pathOf(sha256));
		}
	}

	@Test
	void replacesATruncatedFileLeftByACrashWithTheWholeContent() throws IOException {
		var storage = new DirectoryStorage(folder);
		byte[] content = Samples.xlsx();
		String sha256 = EvidenceFiles.sha256(content);
		Files.createDirectories(storage.pathOf(sha256).getParent());
		Files.write(storage.pathOf(sha256), java.util.Arrays.copyOf(content, 10));

		storage.store(sha256, content);

		assertThat(storage.read(sha256).getContentAsByteArray()).isEqualTo(content);
	}

	@Test
	void refusesAnythingButAHashAsAName() {
		var storage = new DirectoryStorage(folder);
		assertThatThrownBy(() -> storage.store("../../etc/passwd", new byte[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.read("ABC")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void saysSoWhenContentIsMissing() {
		var storage = new DirectoryStorage(folder);
		assertThatThrownBy(() -> storage.read("0".repeat(64))).isInstanceOf(IllegalStateException.class);
	}
}
