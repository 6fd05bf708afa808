package cn.lvzhi.activities.evidence;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the bytes in {@code attachment_content} (a {@code bytea} column, which H2 reads as
 * VARBINARY), in the transaction of the upload: every application instance on the database sees
 * them, and a failed upload leaves nothing behind.
 */
class DatabaseStorage implements StorageStrategy {

	private final JdbcClient jdbc;

	DatabaseStorage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void store(String sha256, byte[] content) {
		// "on conflict do nothing": the same content uploaded at the same moment by two instances
		// is kept once, and neither transaction is aborted (PostgreSQL aborts on a failed insert).
		jdbc.sql("insert into attachment_content (sha256, content) values (?, ?) on conflict do nothing")
			.params(StorageStrategy.checked(sha256), content)
			.update();
	}

	@Override
	public Resource read(String sha256) {
		byte[] content = jdbc.sql("select content from attachment_content where sha256 = ?")
			.param(StorageStrategy.checked(sha256))
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No stored content " + sha256));
		return new ByteArrayResource(content);
	}
}
