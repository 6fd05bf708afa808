package cn.lvzhi.casework;

import java.time.Clock;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.evidence.FileContents;
import cn.lvzhi.activities.evidence.StoredFile;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * The files of inspections and written opinions: checked and kept exactly as evidence files are
 * ({@link FileContents}: 422 empty, 413 over {@code lvzhi.evidence.max-file-size}, 415 not a
 * photo, PDF or Office document by its content; the bytes once per content in the evidence
 * storage), described on the case itself. One report or document belongs to the whole case, not
 * to one participant's record: it is kept once and read by whoever reads the case.
 */
@Component
class CaseFiles {

	private final FileContents contents;

	private final Clock clock;

	CaseFiles(FileContents contents, Clock clock) {
		this.contents = contents;
		this.clock = clock;
	}

	/** Checks and keeps an upload ({@code null}: none was sent, 422 naming {@code file}). */
	CaseFile keep(CurrentUser user, Upload upload) {
		if (upload == null || upload.content() == null) {
			throw Problem.Invalid.field("file", "validation.required");
		}
		StoredFile kept = contents.keep(upload.originalName(), upload.size(), upload.content());
		return new CaseFile(kept.filename(), kept.contentType(), kept.size(), kept.sha256(), user.username(),
				clock.instant());
	}

	/** A kept file's content. */
	Resource read(CaseFile file) {
		return contents.read(file.sha256());
	}
}
