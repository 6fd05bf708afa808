package cn.lvzhi.activities.evidence;

import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Where the bytes of evidence files are kept, addressed by their SHA-256 (lower-case hex): the
 * same content is stored once, and a stored file never changes. Chosen by
 * {@code lvzhi.evidence.storage}.
 */
interface StorageStrategy {

	Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/** Keeps {@code content} under {@code sha256}; nothing happens if it is kept already. */
	void store(String sha256, byte[] content);

	/** The content kept under {@code sha256}; an {@link IllegalStateException} if it is missing. */
	Resource read(String sha256);

	static String checked(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
		}
		return sha256;
	}
}
