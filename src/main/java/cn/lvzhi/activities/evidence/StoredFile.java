package cn.lvzhi.activities.evidence;

import org.springframework.modulith.NamedInterface;

/**
 * A file kept by {@link FileContents}: the name it is offered under, the content type detected
 * from its bytes, its size and the SHA-256 its content is kept (and read back) by.
 */
@NamedInterface("files")
public record StoredFile(String filename, String contentType, long size, String sha256) {
}
