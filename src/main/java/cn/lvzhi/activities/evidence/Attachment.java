package cn.lvzhi.activities.evidence;

import java.time.OffsetDateTime;

/**
 * An evidence file of an activity record, as the API shows it: the name it was uploaded with, the
 * content type detected from its bytes, its size and SHA-256, who uploaded it and when (in the
 * district's time zone).
 */
public record Attachment(long id, String filename, String contentType, long size, String sha256, String uploadedBy,
		OffsetDateTime uploadedAt) {
}
