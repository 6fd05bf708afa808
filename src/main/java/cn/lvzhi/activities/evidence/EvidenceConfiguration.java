package cn.lvzhi.activities.evidence;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Picks the storage of evidence files from {@code lvzhi.evidence.storage} and checks the size limits agree. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EvidenceConfiguration.class);

	@Bean
	StorageStrategy evidenceStorage(EvidenceProperties properties, JdbcClient jdbc, Environment environment) {
		return switch (properties.storage()) {
			case DATABASE -> new DatabaseStorage(jdbc);
			case DIRECTORY -> {
				Path directory = properties.directory() != null ? properties.directory()
						: Path.of(environment.getProperty("lvzhi.data-dir", "./data"), "evidence");
				var storage = new DirectoryStorage(directory);
				log.info("Evidence files are kept in {}", storage.root());
				yield storage;
			}
		};
	}

	/**
	 * The servlet container refuses a request bigger than its multipart limits before any code of
	 * ours runs (still 413 problem+json, but without naming the limit). If those limits are lower
	 * than {@code lvzhi.evidence.max-file-size}, they are the real limit: say so at start-up.
	 */
	EvidenceConfiguration(EvidenceProperties properties, ObjectProvider<MultipartConfigElement> multipart) {
		long limit = properties.maxFileSize().toBytes();
		MultipartConfigElement container = multipart.getIfAvailable();
		if (container != null) {
			long containerLimit = smallest(container.getMaxFileSize(), container.getMaxRequestSize());
			if (containerLimit < limit) {
				log.warn("lvzhi.evidence.max-file-size is {} bytes but the container's multipart limit is {} bytes "
						+ "(spring.servlet.multipart.*, from lvzhi.upload.max-file-size): larger evidence files are "
						+ "refused by the container", limit, containerLimit);
			}
		}
	}

	private static long smallest(long fileSize, long requestSize) {
		return Math.min(fileSize < 0 ? Long.MAX_VALUE : fileSize, requestSize < 0 ? Long.MAX_VALUE : requestSize);
	}
}
