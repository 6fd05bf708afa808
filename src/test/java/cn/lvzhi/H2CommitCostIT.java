package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import cn.lvzhi.PackagedApp.Credentials;

/**
 * What writing every commit to H2's file before answering costs (docs/PERFORMANCE.md): the
 * packaged application on the embedded H2 twice at once, with {@code lvzhi.h2.write-delay=0}
 * (the default) and {@code 500} (H2's own default, which loses acknowledged writes when the
 * process is killed), each in a fresh folder. In alternating rounds — so that whatever else the
 * machine does falls on both alike — one client creates records one after another, verifies them
 * one after another, then {@value #THREADS} clients create records at once. Not part of the
 * build: only with {@code -Dlvzhi.commit-cost=true}:
 * {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=H2CommitCostIT -Dlvzhi.commit-cost=true}.
 */
@EnabledIfSystemProperty(named = "lvzhi.commit-cost", matches = "true")
class H2CommitCostIT {

	static final int ROUNDS = Integer.getInteger("lvzhi.commit-cost.rounds", 5);

	static final int SEQUENTIAL = Integer.getInteger("lvzhi.commit-cost.sequential", 100);

	static final int CONCURRENT = Integer.getInteger("lvzhi.commit-cost.concurrent", 150);

	static final int THREADS = 6;

	static final int COMMITS = Integer.getInteger("lvzhi.commit-cost.commits", 2000);

	static final Credentials ADMIN = new Credentials("admin", "Cost-Admin-2026");

	static final Credentials OFFICE = new Credentials("cost-office", TestUsers.PASSWORD);

	static final List<String> DELAYS = List.of("0", "500");

	/** One measured application: its write delay, and the figures of each round. */
	static final class Subject {

		final String delay;

		final PackagedApp app;

		long representative;

		/** Records created so far: spreads their days over the year (no pile of likely duplicates). */
		final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();

		final List<Double> create = new ArrayList<>();

		final List<Double> verify = new ArrayList<>();

		final List<Double> concurrent = new ArrayList<>();

		final List<Long> latencies = new ArrayList<>();

		Subject(String delay, PackagedApp app) {
			this.delay = delay;
			this.app = app;
		}
	}

	@Test
	void measuresWhatWritingEveryCommitBeforeAnsweringCosts(@TempDir Path folder) throws Exception {
		Path out = Path.of(System.getProperty("lvzhi.crash.out", "target/crash-durability"));
		var subjects = new ArrayList<Subject>();
		try {
			for (String delay : DELAYS) {
				Path data = Files.createDirectories(folder.resolve("delay-" + delay));
				var settings = new LinkedHashMap<String, String>();
				settings.put("lvzhi.data-dir", data.toString());
				settings.put("lvzhi.h2.write-delay", delay);
				settings.put("lvzhi.security.bcrypt-strength", "4");
				settings.put("logging.level.root", "WARN");
				PackagedApp app = PackagedApp.start(List.of("-Xmx512m"), settings,
						Map.of("LVZHI_ADMIN_PASSWORD", ADMIN.password()), out.resolve("commit-cost-" + delay + ".log"),
						Duration.ofSeconds(180), ADMIN);
				var subject = new Subject(delay, app);
				subjects.add(subject);
				setUp(subject);
			}
			// A warm-up round, not counted.
			for (Subject subject : subjects) {
				round(subject, false);
			}
			for (int round = 0; round < ROUNDS; round++) {
				for (Subject subject : subjects) {
					round(subject, true);
				}
			}
		}
		finally {
			subjects.forEach(s -> s.app.close());
		}
		var text = new StringBuilder("""
				| `lvzhi.h2.write-delay` | sequential creations/s | p50 / p95 ms | sequential verifications/s | concurrent creations/s (%d clients) |
				|---|---:|---:|---:|---:|
				""".formatted(THREADS));
		for (Subject s : subjects) {
			var sorted = s.latencies.stream().sorted().toList();
			text.append("| %s | %.0f | %.1f / %.1f | %.0f | %.0f |%n".formatted(s.delay, median(s.create),
					sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6, median(s.verify),
					median(s.concurrent)));
		}
		text.append("\nMedians of %d rounds of %d sequential creations, %d sequential verifications and %d concurrent creations; %s cores.%n"
			.formatted(ROUNDS, SEQUENTIAL, SEQUENTIAL, CONCURRENT, Runtime.getRuntime().availableProcessors()));
		System.out.println("H2CommitCostIT:\n" + text);
		Files.createDirectories(out);
		Files.writeString(out.resolve("h2-commit-cost.md"), text, StandardCharsets.UTF_8);
		assertThat(subjects).allSatisfy(s -> assertThat(s.create).hasSize(ROUNDS));
	}

	/**
	 * The commit alone, without HTTP and the application around it: {@value #COMMITS} single-row
	 * commits into an H2 file database with the application's URL settings, write delay 0 against
	 * 500, in alternating rounds; also the size of each file afterwards.
	 */
	@Test
	void measuresWhatWritingEveryCommitCostsInH2Itself(@TempDir Path folder) throws Exception {
		Path out = Path.of(System.getProperty("lvzhi.crash.out", "target/crash-durability"));
		var micros = new LinkedHashMap<String, List<Double>>();
		var connections = new LinkedHashMap<String, Connection>();
		try {
			for (String delay : DELAYS) {
				Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("delay-" + delay)
						+ "/lvzhi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=" + delay
						+ ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
				connections.put(delay, connection);
				try (var statement = connection.createStatement()) {
					statement.execute("create table t (id bigint generated by default as identity primary key,"
							+ " title varchar(200), created_at timestamp with time zone default current_timestamp)");
				}
				micros.put(delay, new ArrayList<>());
			}
			// Round 0 warms up and is not counted.
			for (int round = 0; round <= ROUNDS; round++) {
				for (var connection : connections.entrySet()) {
					try (var insert = connection.getValue().prepareStatement("insert into t (title) values (?)")) {
						long start = System.nanoTime();
						for (int i = 0; i < COMMITS; i++) {
							insert.setString(1, "履职活动 " + round + "-" + i);
							insert.executeUpdate();
						}
						if (round > 0) {
							micros.get(connection.getKey()).add((System.nanoTime() - start) / 1e3 / COMMITS);
						}
					}
				}
			}
		}
		finally {
			for (Connection connection : connections.values()) {
				connection.close();
			}
		}
		var text = new StringBuilder("""
				| `WRITE_DELAY` | µs per single-row commit (median of %d rounds of %d) | commits/s | file after %d commits |
				|---|---:|---:|---:|
				""".formatted(ROUNDS, COMMITS, (ROUNDS + 1) * COMMITS));
		for (String delay : DELAYS) {
			double us = median(micros.get(delay));
			long size = Files.size(folder.resolve("delay-" + delay).resolve("lvzhi.mv.db"));
			text.append("| %s | %.0f | %.0f | %d KiB |%n".formatted(delay, us, 1e6 / us, size / 1024));
		}
		System.out.println("H2CommitCostIT (JDBC):\n" + text);
		Files.createDirectories(out);
		Files.writeString(out.resolve("h2-commit-cost-jdbc.md"), text, StandardCharsets.UTF_8);
		assertThat(micros.values()).allSatisfy(values -> assertThat(values).hasSize(ROUNDS));
	}

	private static void setUp(Subject subject) throws IOException, InterruptedException {
		PackagedApp app = subject.app;
		app.created("/api/v1/users", ADMIN, Map.of("username", OFFICE.username(), "displayName", "办公室（测量）",
				"password", OFFICE.password(), "roles", List.of("OFFICE")));
		long workstation = app
			.created("/api/v1/workstations", OFFICE, Map.of("name", "测量工作室", "type", "COMMUNITY", "displayOrder", 1))
			.get("id")
			.asLong();
		subject.representative = app
			.created("/api/v1/representatives", OFFICE, Map.of("name", "测量代表", "communityWorkstationId", workstation,
					"startedOn", LocalDate.of(CrashDurabilityIT.YEAR, 1, 1).toString()))
			.get("id")
			.asLong();
	}

	private static void round(Subject subject, boolean count) throws Exception {
		PackagedApp app = subject.app;
		var ids = new ArrayList<Long>();
		long start = System.nanoTime();
		for (int i = 0; i < SEQUENTIAL; i++) {
			long t = System.nanoTime();
			ids.add(create(subject).get("id").asLong());
			if (count) {
				subject.latencies.add(System.nanoTime() - t);
			}
		}
		double create = SEQUENTIAL / ((System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		for (long id : ids) {
			app.created("/api/v1/activities/" + id + "/verify", OFFICE, Map.of());
		}
		double verify = SEQUENTIAL / ((System.nanoTime() - start) / 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			var calls = new ArrayList<Callable<Object>>();
			for (int i = 0; i < CONCURRENT; i++) {
				calls.add(() -> create(subject));
			}
			start = System.nanoTime();
			for (Future<Object> done : pool.invokeAll(calls)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double concurrent = CONCURRENT / ((System.nanoTime() - start) / 1e9);
		if (count) {
			subject.create.add(create);
			subject.verify.add(verify);
			subject.concurrent.add(concurrent);
		}
	}

	private static tools.jackson.databind.JsonNode create(Subject subject) throws IOException, InterruptedException {
		return subject.app.created("/api/v1/activities", OFFICE, Map.of("representativeId", subject.representative,
				"itemCode", 1, "occurredOn",
				LocalDate.of(CrashDurabilityIT.YEAR, 1, 1).plusDays(subject.created.getAndIncrement() % 365).toString(),
				"title", "测量记录"));
	}

	private static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}
}
