package cn.lvzhi.casework;

import java.time.Instant;

/**
 * A file of a case — an inspection's report, a written opinion's document — as it was kept: the
 * name it is offered under, the content type judged from its bytes, its size and SHA-256 (by which
 * the evidence storage keeps the bytes), who uploaded it and when. Embedded in its case (columns
 * {@code <prefix>filename}, {@code <prefix>content_type}, …); absent until uploaded.
 */
public record CaseFile(String filename, String contentType, long size, String sha256, String uploadedBy,
		Instant uploadedAt) {
}
