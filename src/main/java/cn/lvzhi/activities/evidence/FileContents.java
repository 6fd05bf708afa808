package cn.lvzhi.activities.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import cn.lvzhi.shared.Problem;

/**
 * The check and the keeping of an uploaded file's content, the same for every file the
 * application takes: not empty (422 naming {@code file}), not over {@code lvzhi.evidence.max-file-size}
 * (413), a photo, PDF or Office document judged by its bytes (415); kept once per content by its
 * SHA-256 in the evidence storage (the database or a shared folder). Evidence of a record
 * ({@link EvidenceFiles}) goes through it, and so do the files other modules keep on their own
 * cases (casework's inspection reports and written opinions), which is why it is this module's
 * named interface {@code files}.
 */
@Component
@NamedInterface("files")
public class FileContents {

	private final StorageStrategy storage;

	private final EvidenceProperties properties;

	FileContents(StorageStrategy storage, EvidenceProperties properties) {
		this.storage = storage;
		this.properties = properties;
	}

	/** A file whose content passed the checks, not kept yet. */
	public record Checked(String filename, String contentType, byte[] content, String sha256) {
	}

	/**
	 * Checks a file: 422 empty, 413 over the limit (also a part bigger than it said it was), 415
	 * not a photo, PDF or Office document by its content. Its name is cleaned for keeping and
	 * offering on download.
	 */
	public Checked check(String originalName, long size, InputStreamSource file) {
		long limit = properties.maxFileSize().toBytes();
		if (size == 0) {
			throw Problem.Invalid.field("file", "evidence.validation.empty");
		}
		if (size > limit) {
			throw new Problem.TooLarge("evidence.problem.too-large", EvidenceFiles.readable(limit));
		}
		byte[] content = read(file, limit);
		if (content.length == 0) {
			throw Problem.Invalid.field("file", "evidence.validation.empty");
		}
		EvidenceType type = EvidenceType.of(content)
			.orElseThrow(() -> new Problem.UnsupportedType("evidence.problem.unsupported-type"));
		return new Checked(EvidenceFiles.cleanName(originalName, type), type.contentType(), content,
				EvidenceFiles.sha256(content));
	}

	/** Keeps a checked file's content (once per content) and answers what was kept. */
	public StoredFile keep(Checked checked) {
		storage.store(checked.sha256(), checked.content());
		return new StoredFile(checked.filename(), checked.contentType(), checked.content().length, checked.sha256());
	}

	/** Checks a file and keeps it: {@link #check}, then {@link #keep}. */
	public StoredFile keep(String originalName, long size, InputStreamSource file) {
		return keep(check(originalName, size, file));
	}

	/** The content kept under {@code sha256}. */
	public Resource read(String sha256) {
		return storage.read(sha256);
	}

	/** At most {@code limit + 1} bytes: a part bigger than it said it was is still refused. */
	private static byte[] read(InputStreamSource file, long limit) {
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				throw new Problem.TooLarge("evidence.problem.too-large", EvidenceFiles.readable(limit));
			}
			return content;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
