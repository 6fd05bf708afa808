package cn.lvzhi.activities.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Keeps the bytes as files in a folder that several instances may share (a network mount):
 * {@code <directory>/ab/abcdef…} by SHA-256. A file is written to a temporary name in the same
 * folder, flushed to disk and then renamed into place atomically, so a reader never sees half a
 * file, and two instances writing the same content both end with the same complete file. An
 * upload whose transaction rolls back may leave its file behind; it is harmless (content-addressed,
 * and reused if the same file comes again).
 */
class DirectoryStorage implements StorageStrategy {

	private final Path root;

	DirectoryStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return root;
	}

	Path pathOf(String sha256) {
		StorageStrategy.checked(sha256);
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	@Override
	public void store(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		try {
			if (Files.isRegularFile(target) && Files.size(target) == content.length) {
				return;
			}
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
			try {
				try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					ByteBuffer buffer = ByteBuffer.wrap(content);
					while (buffer.hasRemaining()) {
						channel.write(buffer);
					}
					channel.force(true);
				}
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store evidence file " + sha256 + " in " + root, e);
		}
	}

	@Override
	public Resource read(String sha256) {
		Path path = pathOf(sha256);
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("No stored content " + sha256 + " in " + root);
		}
		return new FileSystemResource(path);
	}
}
