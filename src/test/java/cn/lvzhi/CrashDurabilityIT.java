package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.lvzhi.PackagedApp.Answer;
import cn.lvzhi.PackagedApp.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost when the process dies (issue 8, item 1). Starts the packaged
 * application as its own process — on the embedded H2 in a fresh folder, and on a real
 * PostgreSQL that stays up — and has {@value #WRITERS} threads create, verify and revoke activity
 * records and book adjustments over HTTP, each on its own representative, noting every write the
 * application acknowledged (2xx) and the one write each thread had sent without an answer. After
 * {@value #KILL_AFTER_WRITES} acknowledged writes (or {@link #KILL_AT_THE_LATEST}) the process gets
 * SIGKILL; the application is started again on the same data and the test reads everything back
 * through the API:
 * <ul>
 * <li>every acknowledged write is there exactly once, in the acknowledged state or in the state
 * of the write sent without an answer (which may or may not have been committed);
 * <li>nothing else is there, and nothing is half there: a record's history matches its state,
 * its ledger entries match its state (one booking when verified, a booking and its reversal when
 * revoked, none otherwise), no ledger entry lacks its record;
 * <li>the ledger invariant: each account (the standings, read from {@code ledger_account})
 * equals the sums of the entries, overall, by category and for adjustments.
 * </ul>
 * Figures (acknowledged, found, lost) are printed and written to {@code target/crash-durability/}.
 * Run alone: {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=CrashDurabilityIT}.
 */
class CrashDurabilityIT {

	static final int WRITERS = 6;

	static final int KILL_AFTER_WRITES = 400;

	static final Duration KILL_AT_THE_LATEST = Duration.ofSeconds(6);

	/** On a slow machine the load goes on (at most this long) until every kind of write was acknowledged. */
	static final Duration EVERY_KIND_WITHIN = Duration.ofSeconds(30);

	/** Kills on H2, each on a fresh folder. */
	static final int H2_KILLS = 2;

	static final Duration READY_WITHIN = Duration.ofSeconds(120);

	static final Credentials ADMIN = new Credentials("admin", "Crash-Admin-2026");

	static final Credentials OFFICE = new Credentials("crash-office", TestUsers.PASSWORD);

	static final Credentials GROUP = new Credentials("crash-group", TestUsers.PASSWORD);

	/** Items entered directly (not from casework) and their points in the default standard (DOMAIN.md). */
	static final Map<Integer, Integer> POINTS = Map.of(1, 5, 6, 10, 12, 5, 14, 20);

	static final List<Integer> ITEMS = List.of(1, 6, 12, 14);

	static final List<String> STATES = List.of("RECORDED", "VERIFIED", "REVOKED");

	/**
	 * The cycle written to: last year in the default district's time zone. The application under
	 * test runs on the real clock, so the records must lie in its past; last year's cycle is open
	 * (nobody closed it in a fresh database) and never has a future day.
	 */
	static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

	static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	@Test
	void everyAcknowledgedWriteSurvivesAKillOnTheEmbeddedH2(@TempDir Path data) {
		// H2 writes in the background at its own moments, so one kill can fall just after it wrote:
		// two kills, each on a fresh folder, make missing a loss unlikely.
		survivesAKill("H2", H2_KILLS, kill -> Map.of("lvzhi.data-dir", data.resolve("kill-" + kill).toString()));
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKillOnPostgres() throws IOException {
		// The database server is not killed: only the application is.
		EmbeddedPostgres postgres = EmbeddedPostgresInitializer.acquire();
		try {
			survivesAKill("PostgreSQL", 1, kill -> Map.of("spring.datasource.url",
					postgres.getJdbcUrl("postgres", "postgres"), "spring.datasource.username", "postgres",
					"spring.datasource.password", "postgres"));
		}
		finally {
			EmbeddedPostgresInitializer.release();
		}
	}

	private void survivesAKill(String database, int kills, IntFunction<Map<String, String>> databaseSettings) {
		long started = System.nanoTime();
		Path out = Path.of(System.getProperty("lvzhi.crash.out", "target/crash-durability"));
		Path log = out.resolve(database.toLowerCase() + ".log");
		Map<String, String> environment = Map.of("LVZHI_ADMIN_PASSWORD", ADMIN.password());
		try {
			// One log per run: both starts of this run, nothing of earlier runs.
			Files.deleteIfExists(log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}

		Figures figures = new Figures(database);
		for (int kill = 1; kill <= kills; kill++) {
			var settings = new LinkedHashMap<>(databaseSettings.apply(kill));
			// Users are created by this test; the lowest BCrypt cost keeps HTTP Basic off the CPU.
			settings.put("lvzhi.security.bcrypt-strength", "4");
			settings.put("logging.level.root", "WARN");
			killAndCheck(settings, environment, log, figures);
		}
		figures.elapsed = Duration.ofNanos(System.nanoTime() - started);
		figures.report(out);
		assertThat(figures.acknowledged).as("the load wrote something of every kind")
			.containsOnlyKeys(Kind.values())
			.allSatisfy((kind, n) -> assertThat(n).isPositive());
		assertThat(figures.lostTotal()).as("acknowledged writes lost on %s: %s%n%s", database, figures.lost,
				String.join("\n", figures.problems))
			.isZero();
		assertThat(figures.problems).as("inconsistencies on %s", database).isEmpty();
	}

	/** One load on a fresh database, the kill, the restart on the same data and the check. */
	private void killAndCheck(Map<String, String> settings, Map<String, String> environment, Path log,
			Figures figures) {
		List<Writer> writers;
		Duration load;
		try (PackagedApp app = PackagedApp.start(JVM, settings, environment, log, READY_WITHIN, ADMIN)) {
			figures.starts.add(app.startup());
			writers = setUp(app);
			load = loadThenKill(app, writers);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		try (PackagedApp app = PackagedApp.start(JVM, settings, environment, log, READY_WITHIN, ADMIN)) {
			figures.starts.add(app.startup());
			for (Writer writer : writers) {
				figures.problems.addAll(writer.problems);
				check(app, writer, figures);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		figures.load = figures.load.plus(load);
		figures.kills++;
	}

	// -- set-up: users, a workstation, one representative per writer -------------------------

	private List<Writer> setUp(PackagedApp app) throws IOException, InterruptedException {
		app.created("/api/v1/users", ADMIN, Map.of("username", OFFICE.username(), "displayName", "办公室（故障测试）",
				"password", OFFICE.password(), "roles", List.of("OFFICE")));
		app.created("/api/v1/users", ADMIN, Map.of("username", GROUP.username(), "displayName", "考评小组（故障测试）",
				"password", GROUP.password(), "roles", List.of("EVALUATION_GROUP")));
		long workstation = app
			.created("/api/v1/workstations", OFFICE, Map.of("name", "故障测试工作室", "type", "COMMUNITY", "displayOrder", 1))
			.get("id")
			.asLong();
		var writers = new ArrayList<Writer>();
		for (int i = 0; i < WRITERS; i++) {
			long representative = app
				.created("/api/v1/representatives", OFFICE, Map.of("name", "故障代表" + (i + 1), "communityWorkstationId",
						workstation, "startedOn", LocalDate.of(YEAR, 1, 1).toString()))
				.get("id")
				.asLong();
			writers.add(new Writer(i, representative));
		}
		return writers;
	}

	// -- the load and the kill ----------------------------------------------------------------

	private Duration loadThenKill(PackagedApp app, List<Writer> writers) throws InterruptedException {
		var enough = new CountDownLatch(1);
		var everyKind = new CountDownLatch(Kind.values().length);
		var acknowledged = new AtomicInteger();
		var killed = new AtomicBoolean();
		// The kinds of write acknowledged so far, by any writer.
		Set<Kind> seen = ConcurrentHashMap.newKeySet();
		var threads = new ArrayList<Thread>();
		long start = System.nanoTime();
		for (Writer writer : writers) {
			Thread thread = new Thread(() -> writer.run(app, acknowledged, enough, seen, everyKind, killed), "writer-" + writer.index);
			threads.add(thread);
			thread.start();
		}
		// Bounded waits on conditions: enough acknowledged writes, or the time limit of the load —
		// and, on a slow machine, at least one acknowledged write of every kind.
		enough.await(KILL_AT_THE_LATEST.toMillis(), TimeUnit.MILLISECONDS);
		everyKind.await(EVERY_KIND_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
		killed.set(true);
		app.kill();
		Duration load = Duration.ofNanos(System.nanoTime() - start);
		for (Thread thread : threads) {
			thread.join(60_000);
			assertThat(thread.isAlive()).as("%s ended once the application was gone", thread.getName()).isFalse();
		}
		return load;
	}

	enum Kind {
		CREATE, VERIFY, REVOKE, ADJUST
	}

	/** A write: what was sent and what it asks for. */
	record Write(Kind kind, long activityId, String title, int item, int points, String reason) {

		String target() {
			return switch (kind) {
				case CREATE -> "RECORDED";
				case VERIFY -> "VERIFIED";
				case REVOKE -> "REVOKED";
				case ADJUST -> null;
			};
		}
	}

	/** An acknowledged record: its title and item, and the states acknowledged in order. */
	static final class Rec {

		final long id;

		final String title;

		final int item;

		final List<String> states = new ArrayList<>(List.of("RECORDED"));

		Rec(long id, String title, int item) {
			this.id = id;
			this.title = title;
			this.item = item;
		}

		String last() {
			return states.get(states.size() - 1);
		}
	}

	/** One thread of the load, writing only about its own representative. */
	static final class Writer {

		final int index;

		final long representative;

		final Random random;

		final Map<Long, Rec> records = new LinkedHashMap<>();

		final List<Long> recorded = new ArrayList<>();

		final List<Long> verified = new ArrayList<>();

		/** Acknowledged adjustments: reason → points. */
		final Map<String, Integer> adjustments = new LinkedHashMap<>();

		final Map<Kind, Integer> acknowledged = new HashMap<>();

		final List<String> problems = new ArrayList<>();

		/** The write sent when the application died, without an answer: it may or may not be there. */
		volatile Write unanswered;

		int sequence;

		Writer(int index, long representative) {
			this.index = index;
			this.representative = representative;
			this.random = new Random(20261202L + index);
		}

		void run(PackagedApp app, AtomicInteger total, CountDownLatch enough, Set<Kind> seen,
				CountDownLatch everyKind, AtomicBoolean killed) {
			while (!killed.get()) {
				Write write = next();
				unanswered = write;
				Answer answer;
				try {
					answer = send(app, write);
				}
				catch (IOException | RuntimeException e) {
					if (!killed.get()) {
						problems.add("writer " + index + ": " + write + " failed before the kill: " + e);
					}
					return;
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				if (!answer.ok()) {
					problems.add("writer " + index + ": " + write + " answered " + answer.status() + " " + answer.body());
					unanswered = null;
					continue;
				}
				acknowledge(write, answer.body());
				unanswered = null;
				if (seen.add(write.kind())) {
					everyKind.countDown();
				}
				if (total.incrementAndGet() >= KILL_AFTER_WRITES) {
					enough.countDown();
				}
			}
		}

		private Write next() {
			int dice = random.nextInt(100);
			int n = ++sequence;
			if (dice < 30 && !recorded.isEmpty()) {
				long id = recorded.remove(random.nextInt(recorded.size()));
				return new Write(Kind.VERIFY, id, null, 0, 0, null);
			}
			if (dice < 45 && !verified.isEmpty()) {
				long id = verified.remove(random.nextInt(verified.size()));
				return new Write(Kind.REVOKE, id, null, 0, 0, "故障测试撤销 " + index + "-" + n);
			}
			if (dice < 60) {
				int points = (1 + random.nextInt(20)) * (random.nextBoolean() ? 1 : -1);
				return new Write(Kind.ADJUST, 0, null, 0, points, "故障测试调整 " + index + "-" + n);
			}
			int item = ITEMS.get(random.nextInt(ITEMS.size()));
			return new Write(Kind.CREATE, 0, "故障测试记录 " + index + "-" + n, item, 0, null);
		}

		private Answer send(PackagedApp app, Write write) throws IOException, InterruptedException {
			return switch (write.kind()) {
				case CREATE -> app.post("/api/v1/activities", OFFICE,
						Map.of("representativeId", representative, "itemCode", write.item(), "occurredOn",
								LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(), "title",
								write.title()));
				case VERIFY -> app.post("/api/v1/activities/" + write.activityId() + "/verify", OFFICE, Map.of());
				case REVOKE -> app.post("/api/v1/activities/" + write.activityId() + "/revoke", GROUP,
						Map.of("reason", write.reason()));
				case ADJUST -> app.post("/api/v1/adjustments", GROUP, Map.of("representativeId", representative, "year",
						YEAR, "points", write.points(), "reason", write.reason()));
			};
		}

		private void acknowledge(Write write, JsonNode body) {
			acknowledged.merge(write.kind(), 1, Integer::sum);
			switch (write.kind()) {
				case CREATE -> {
					long id = body.get("id").asLong();
					expect(write, body, "RECORDED");
					records.put(id, new Rec(id, write.title(), write.item()));
					recorded.add(id);
				}
				case VERIFY -> {
					expect(write, body, "VERIFIED");
					Rec rec = records.get(write.activityId());
					rec.states.add("VERIFIED");
					if (body.get("points").asInt() != POINTS.get(rec.item)) {
						problems.add("writer " + index + ": verified " + rec.id + " answered points " + body.get("points"));
					}
					verified.add(rec.id);
				}
				case REVOKE -> {
					expect(write, body, "REVOKED");
					records.get(write.activityId()).states.add("REVOKED");
				}
				case ADJUST -> adjustments.put(write.reason(), write.points());
			}
		}

		private void expect(Write write, JsonNode body, String status) {
			if (!status.equals(body.path("status").asString())) {
				problems.add("writer " + index + ": " + write + " answered status " + body.path("status"));
			}
		}
	}

	// -- after the restart: read everything back ---------------------------------------------

	private void check(PackagedApp app, Writer writer, Figures figures) throws IOException, InterruptedException {
		writer.acknowledged.forEach((kind, n) -> figures.acknowledged.merge(kind, n, Integer::sum));
		Write unanswered = writer.unanswered;
		if (unanswered != null) {
			figures.unanswered++;
		}
		String who = "writer " + writer.index + " (representative " + writer.representative + ")";

		JsonNode page = app.read("/api/v1/activities?representativeId=" + writer.representative + "&year=" + YEAR
				+ "&size=1000", OFFICE);
		var found = new LinkedHashMap<Long, JsonNode>();
		var titles = new HashMap<String, Integer>();
		for (JsonNode record : page.get("items")) {
			found.put(record.get("id").asLong(), record);
			titles.merge(record.get("title").asString(), 1, Integer::sum);
		}
		if (page.get("total").asInt() != found.size()) {
			figures.problems.add(who + ": " + page.get("total") + " records, more than one page");
		}
		titles.forEach((title, n) -> {
			if (n > 1) {
				figures.problems.add(who + ": " + n + " records titled " + title);
			}
		});

		// Every record there is whole: its history leads to its state.
		for (JsonNode record : found.values()) {
			String status = record.get("status").asString();
			var history = new ArrayList<String>();
			record.get("history").forEach(h -> history.add(h.get("status").asString()));
			int rank = STATES.indexOf(status);
			if (rank < 0 || !history.equals(STATES.subList(0, rank + 1))) {
				figures.problems.add(who + ": record " + record.get("id") + " is " + status + " with history " + history);
			}
		}

		// Every acknowledged record is there, in its acknowledged state or the one sent after it.
		for (Rec rec : writer.records.values()) {
			JsonNode record = found.remove(rec.id);
			if (record == null) {
				figures.lost(Kind.CREATE);
				rec.states.stream().skip(1).forEach(s -> figures.lost(s.equals("VERIFIED") ? Kind.VERIFY : Kind.REVOKE));
				figures.problems.add(who + ": acknowledged record " + rec.id + " (" + rec.last() + ") is missing");
				continue;
			}
			figures.found(Kind.CREATE);
			if (!rec.title.equals(record.get("title").asString())) {
				figures.problems.add(who + ": record " + rec.id + " has the title " + record.get("title"));
			}
			String status = record.get("status").asString();
			int rank = STATES.indexOf(status);
			int acknowledgedRank = rec.states.size() - 1;
			boolean sentLater = unanswered != null && unanswered.activityId() == rec.id
					&& status.equals(unanswered.target());
			if (rank > acknowledgedRank && !sentLater) {
				figures.problems.add(who + ": record " + rec.id + " is " + status + ", acknowledged " + rec.last()
						+ " and nothing more was sent");
			}
			for (int i = 1; i < rec.states.size(); i++) {
				Kind kind = i == 1 ? Kind.VERIFY : Kind.REVOKE;
				if (rank >= i) {
					figures.found(kind);
				}
				else {
					figures.lost(kind);
				}
			}
			if (rank < acknowledgedRank) {
				figures.problems.add(who + ": record " + rec.id + " acknowledged " + rec.last() + " is " + status);
			}
		}
		// What is left was never acknowledged: only the unanswered creation may be there.
		var all = new HashMap<Long, JsonNode>();
		page.get("items").forEach(r -> all.put(r.get("id").asLong(), r));
		for (JsonNode record : found.values()) {
			boolean sent = unanswered != null && unanswered.kind() == Kind.CREATE
					&& unanswered.title().equals(record.get("title").asString());
			if (sent) {
				figures.unansweredPresent++;
			}
			else {
				figures.problems.add(who + ": record " + record.get("id") + " (" + record.get("title")
						+ ") was never acknowledged nor sent");
			}
		}

		// Ledger entries: each record's match its state; adjustments each once.
		JsonNode statement = app.read("/api/v1/representatives/" + writer.representative + "/ledger?year=" + YEAR,
				OFFICE);
		var byRecord = new HashMap<Long, List<String>>();
		var adjustments = new HashMap<String, List<Integer>>();
		var byCategory = new HashMap<String, Integer>();
		int sum = 0;
		int adjusted = 0;
		for (JsonNode entry : statement.get("entries")) {
			int points = entry.get("points").asInt();
			String kind = entry.get("kind").asString();
			sum += points;
			if (kind.equals("ADJUSTED")) {
				adjusted += points;
				adjustments.computeIfAbsent(entry.get("reason").asString(), r -> new ArrayList<>()).add(points);
				continue;
			}
			byCategory.merge(entry.path("category").asString(), points, Integer::sum);
			long activity = entry.path("activityId").asLong();
			if (!all.containsKey(activity)) {
				figures.problems.add(who + ": ledger entry " + entry.get("id") + " (" + kind + " " + points
						+ ") of record " + activity + " that is not there");
				continue;
			}
			byRecord.computeIfAbsent(activity, a -> new ArrayList<>()).add(kind + " " + points);
		}
		for (JsonNode record : all.values()) {
			long id = record.get("id").asLong();
			int points = POINTS.get(record.get("itemCode").asInt());
			List<String> expected = switch (record.get("status").asString()) {
				case "VERIFIED" -> List.of("BOOKED " + points);
				case "REVOKED" -> List.of("BOOKED " + points, "REVERSED " + -points);
				default -> List.of();
			};
			List<String> actual = byRecord.getOrDefault(id, List.of());
			if (!actual.equals(expected)) {
				figures.problems.add(who + ": record " + id + " (" + record.get("status").asString()
						+ ") has ledger entries " + actual + ", expected " + expected);
			}
		}
		for (var acknowledged : writer.adjustments.entrySet()) {
			List<Integer> there = adjustments.remove(acknowledged.getKey());
			if (there == null) {
				figures.lost(Kind.ADJUST);
				figures.problems.add(who + ": acknowledged adjustment '" + acknowledged.getKey() + "' is missing");
			}
			else {
				figures.found(Kind.ADJUST);
				if (!there.equals(List.of(acknowledged.getValue()))) {
					figures.problems.add(who + ": adjustment '" + acknowledged.getKey() + "' is there as " + there
							+ ", acknowledged " + acknowledged.getValue());
				}
			}
		}
		adjustments.forEach((reason, points) -> {
			boolean sent = unanswered != null && unanswered.kind() == Kind.ADJUST && unanswered.reason().equals(reason)
					&& points.equals(List.of(unanswered.points()));
			if (sent) {
				figures.unansweredPresent++;
			}
			else {
				figures.problems.add(who + ": adjustment '" + reason + "' " + points + " was never acknowledged nor sent");
			}
		});
		if (statement.get("total").asInt() != sum) {
			figures.problems.add(who + ": ledger total " + statement.get("total") + " but the entries sum to " + sum);
		}

		// The account (standings as of today read ledger_account) equals the entries' sums.
		JsonNode row = null;
		for (JsonNode r : app.read("/api/v1/standings?year=" + YEAR, OFFICE).get("rows")) {
			if (r.get("representativeId").asLong() == writer.representative) {
				row = r;
			}
		}
		if (row == null) {
			figures.problems.add(who + ": no row in the standings");
			return;
		}
		if (row.get("total").asInt() != sum || row.get("adjustments").asInt() != adjusted) {
			figures.problems.add(who + ": account total " + row.get("total") + ", adjustments " + row.get("adjustments")
					+ "; entries " + sum + ", " + adjusted);
		}
		for (String category : List.of("SERVICE", "DELIBERATION", "SUPERVISION", "EXEMPLARY")) {
			int account = row.get("byCategory").get(category).asInt();
			if (account != byCategory.getOrDefault(category, 0)) {
				figures.problems.add(who + ": account " + category + " " + account + ", entries "
						+ byCategory.getOrDefault(category, 0));
			}
		}
	}

	/** What one run counted, printed and written to {@code target/crash-durability/<database>.md}. */
	static final class Figures {

		final String database;

		final Map<Kind, Integer> acknowledged = new EnumMap<>(Kind.class);

		final Map<Kind, Integer> found = new EnumMap<>(Kind.class);

		final Map<Kind, Integer> lost = new EnumMap<>(Kind.class);

		final List<String> problems = new ArrayList<>();

		int unanswered;

		int kills;

		int unansweredPresent;

		Duration load = Duration.ZERO;

		Duration elapsed = Duration.ZERO;

		/** How long each start took until the application answered UP. */
		final List<Duration> starts = new ArrayList<>();

		Figures(String database) {
			this.database = database;
		}

		void found(Kind kind) {
			found.merge(kind, 1, Integer::sum);
		}

		void lost(Kind kind) {
			lost.merge(kind, 1, Integer::sum);
		}

		int lostTotal() {
			return lost.values().stream().mapToInt(Integer::intValue).sum();
		}

		static int total(Map<Kind, Integer> counts) {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		String by(Map<Kind, Integer> counts) {
			var parts = new ArrayList<String>();
			for (Kind kind : Kind.values()) {
				parts.add(kind.name().toLowerCase() + " " + counts.getOrDefault(kind, 0));
			}
			return total(counts) + " (" + String.join(", ", parts) + ")";
		}

		static String seconds(Duration duration) {
			return "%.1f s".formatted(duration.toMillis() / 1000.0);
		}

		void report(Path out) {
			String text = """
					| database (kills) | writes acknowledged | found | lost | sent without answer (of them present) | inconsistencies | load before the kill | starts | test time |
					|---|---|---|---|---|---:|---:|---:|---:|
					| %s | %s | %s | %s | %d (%d) | %d | %s | %s | %s |
					""".formatted(database + " (" + kills + ")", by(acknowledged), by(found), by(lost), unanswered, unansweredPresent,
					problems.size(), seconds(load), String.join(" + ", starts.stream().map(Figures::seconds).toList()),
					seconds(elapsed));
			if (!problems.isEmpty()) {
				text += "\n" + String.join("\n", problems.subList(0, Math.min(50, problems.size()))) + "\n";
			}
			System.out.println("CrashDurabilityIT " + database + ":\n" + text);
			try {
				Files.createDirectories(out);
				Files.writeString(out.resolve(database.toLowerCase() + ".md"), text, StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
