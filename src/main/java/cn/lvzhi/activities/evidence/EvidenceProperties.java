package cn.lvzhi.activities.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of evidence files ({@code lvzhi.evidence.*}).
 *
 * @param maxFileSize the largest file accepted (413 above it). application.yml ties it to
 * {@code lvzhi.upload.max-file-size}, the limit the servlet container enforces on the request,
 * so that both move together
 * @param storage where the bytes are kept: {@code database} (default) or {@code directory}; both
 * can be shared by several application instances
 * @param directory the folder of {@code storage=directory}; default {@code ${lvzhi.data-dir}/evidence}
 * @param maxAttachments the most files one activity record may carry (409 beyond)
 */
@ConfigurationProperties("lvzhi.evidence")
record EvidenceProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("database") Storage storage,
		Path directory, @DefaultValue("20") int maxAttachments) {

	enum Storage {
		DATABASE, DIRECTORY
	}
}
