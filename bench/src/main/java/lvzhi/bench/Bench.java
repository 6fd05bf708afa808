package lvzhi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import cn.lvzhi.LvzhiApplication;

/**
 * The whole benchmark in one run: a PostgreSQL (embedded unless SPRING_DATASOURCE_URL is given),
 * the application started against it (random port), the data set of the chosen scale generated,
 * then the standings through the application and the SQL floors on the same data, and — at
 * district scale — verification throughput over HTTP. Prints a Markdown report and writes it to
 * target/bench/. See bench/README.md.
 */
public final class Bench {

	private final BenchConfig config;

	private final StringBuilder report = new StringBuilder();

	private Bench(BenchConfig config) {
		this.config = config;
	}

	public static void main(String[] args) throws Exception {
		BenchConfig config = BenchConfig.fromEnvironment();
		int status = 0;
		try {
			new Bench(config).run();
		}
		catch (Exception e) {
			e.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private void run() throws Exception {
		var scale = config.scale();
		line("# Lvzhi benchmark — %s scale".formatted(scale));
		line("");
		line("Run %s; %d cores, %s GiB RAM, Java %s (%s).".formatted(
				LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
				Runtime.getRuntime().availableProcessors(), memoryGiB(), System.getProperty("java.version"),
				ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
					.filter(a -> a.startsWith("-Xm"))
					.reduce((a, b) -> a + " " + b)
					.orElse("default heap")));
		try (BenchDatabase database = BenchDatabase.start(config)) {
			try (Connection db = database.connect()) {
				line("Database: %s, %s.".formatted(database.describe(),
						single(db, "select split_part(version(), ' on ', 1)")));
				if (database.embedded()) {
					line("Server settings: " + BenchDatabase.EMBEDDED_SETTINGS + ".");
				}
				line("The server reports fsync=%s, synchronous_commit=%s, wal_level=%s, shared_buffers=%s.".formatted(
						single(db, "show fsync"), single(db, "show synchronous_commit"), single(db, "show wal_level"),
						single(db, "show shared_buffers")));
				line("");
				long started = System.nanoTime();
				ConfigurableApplicationContext app = startApplication(database);
				line("Application started against it in %.1f s (Flyway migrations included).".formatted(
						(System.nanoTime() - started) / 1e9));
				try {
					long districtId = Long.parseLong(single(db, "select id from district where code = 'default'"));
					Generator generator = new Generator(db, scale, config.history());
					if (config.runs("load") && !config.reuse()) {
						load(generator);
					}
					else {
						line("");
						line("Data: reused what the database holds (no load).");
					}
					line("");
					line("Data check:");
					line("");
					generator.check().forEach((k, v) -> line("- %s: %s".formatted(k, v)));
					DataSource ds = app.getBean(DataSource.class);
					if (config.runs("standings")) {
						standings(app, ds, districtId);
					}
					if (config.runs("verify")) {
						verify(app, ds, districtId);
					}
					if (config.runs("publication")) {
						publication(app, ds, districtId);
					}
				}
				finally {
					app.close();
				}
			}
		}
		finally {
			Path out = config.out().resolve(scale + "-" + LocalDateTime.now()
				.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println();
			System.out.println("Report written to " + out.toAbsolutePath());
		}
	}

	private ConfigurableApplicationContext startApplication(BenchDatabase database) {
		var app = new SpringApplication(LvzhiApplication.class);
		return app.run("--spring.datasource.url=" + database.url,
				"--spring.datasource.username=" + Objects.requireNonNullElse(database.user, ""),
				"--spring.datasource.password=" + Objects.requireNonNullElse(database.password, ""),
				"--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
				"--lvzhi.admin-password=Bench-Admin-2026!", "--lvzhi.data-dir=target/bench-data",
				"--logging.level.root=WARN", "--logging.level.cn.lvzhi=WARN");
	}

	private void load(Generator generator) throws Exception {
		var scale = config.scale();
		System.out.printf("Generating %s scale: %,d representatives, %,d workstations, %,d verified records…%n",
				scale, scale.representatives, scale.workstations, scale.records());
		String before = loadAverage();
		generator.load();
		line("");
		line("## Data generation");
		line("");
		line("%,d representatives, %,d workstations (%d community), %,d verified records over cycles %s%s.".formatted(
				scale.representatives, scale.workstations, scale.communityWorkstations, scale.records(), scale.cycles,
				config.history() ? ", each with two history rows" : ", no history rows"));
		line("");
		line("Load average before: %s, after: %s.".formatted(before, loadAverage()));
		line("");
		line("| step | seconds |");
		line("|---|---:|");
		generator.steps.forEach((step, seconds) -> line("| %s | %.1f |".formatted(step, seconds)));
	}

	private void standings(ConfigurableApplicationContext app, DataSource ds, long districtId) {
		int year = config.scale().benchCycle();
		List<StandingsSource> sources = new ArrayList<>();
		StandingsSource application = applicationStandings(app);
		if (application != null) {
			sources.add(application);
		}
		SqlFloors.Sql entries = SqlFloors.entries(ds);
		SqlFloors.Sql accounts = SqlFloors.accounts(ds);
		SqlFloors.Sql records = SqlFloors.records(ds);
		StringBuilder plans = new StringBuilder();
		line("");
		line("## Standings, cycle %d (all rows, both ranks, category split)".formatted(year));
		line("");
		line("Each source: %d warm-up calls, then %d timed calls, one after another, end to end in this JVM"
			.formatted(config.warmup(), config.runs()) + " (SQL, transfer, rows in memory).");
		if (application == null) {
			line("");
			line("**(a) not measured**: `cn.lvzhi.ledger.Standings` is not in this build yet; run the same command"
					+ " once it is merged.");
		}
		for (LocalDate asOf : List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 6, 30))) {
			boolean whole = asOf.getMonthValue() == 12;
			List<StandingsSource> here = new ArrayList<>(sources);
			here.add(entries);
			if (whole) {
				here.add(accounts);
			}
			here.add(records);
			line("");
			line("### as of %s%s".formatted(asOf, whole ? " (the whole cycle)" : " (mid-cycle)"));
			line("");
			List<StandingsSource.Row> reference = entries.standings(districtId, year, asOf);
			Map<StandingsSource, String> mismatch = new HashMap<>();
			for (StandingsSource source : here) {
				if (source != entries) {
					String diff = Compare.diff(reference, source.standings(districtId, year, asOf));
					if (diff != null) {
						mismatch.put(source, diff);
					}
				}
			}
			for (SqlFloors.Sql floor : whole ? List.of(entries, accounts, records) : List.of(entries, records)) {
				plans.append("\n#### ").append(floor.label()).append(", as of ").append(asOf).append("\n\n```\n")
					.append(floor.explain(districtId, year, asOf)).append("```\n");
			}
			line("Rows: %,d. Checked before timing against (b): %s.".formatted(reference.size(),
					mismatch.isEmpty() ? "every source returns the same rows, numbers and ranks"
							: "MISMATCH " + mismatch.values()));
			line("");
			line("| source | median ms | p95 ms | min ms | max ms | load average before |");
			line("|---|---:|---:|---:|---:|---|");
			Map<StandingsSource, Stats> stats = new LinkedHashMap<>();
			for (StandingsSource source : here) {
				if (mismatch.containsKey(source)) {
					line("| %s | not timed: differs from (b) | | | | |".formatted(source.label()));
					continue;
				}
				String load = loadAverage();
				Stats s = time(source, districtId, year, asOf);
				stats.put(source, s);
				line("| %s | %s | %s | %s | %s | %s |".formatted(source.label(), Stats.ms(s.median()),
						Stats.ms(s.p95()), Stats.ms(s.min()), Stats.ms(s.max()), load));
			}
			line("");
			List<StandingsSource> keys = new ArrayList<>(stats.keySet());
			for (int i = 0; i < keys.size(); i++) {
				for (int j = i + 1; j < keys.size(); j++) {
					Stats x = stats.get(keys.get(i));
					Stats y = stats.get(keys.get(j));
					line("- %s ÷ %s: median %.2f, p95 %.2f".formatted(keys.get(i).label(), keys.get(j).label(),
							x.median() / y.median(), x.p95() / y.p95()));
				}
			}
		}
		line("");
		line("### Plans of the SQL floors (EXPLAIN ANALYZE, one extra run each)");
		report.append(plans);
	}

	private Stats time(StandingsSource source, long districtId, int year, LocalDate asOf) {
		long sink = 0;
		for (int i = 0; i < config.warmup(); i++) {
			sink += source.standings(districtId, year, asOf).size();
		}
		double[] millis = new double[config.runs()];
		for (int i = 0; i < millis.length; i++) {
			long t = System.nanoTime();
			sink += source.standings(districtId, year, asOf).size();
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		if (sink < 0) {
			System.out.println(sink);
		}
		Stats s = Stats.of(millis);
		System.out.printf("  %-40s as of %s: median %s ms, p95 %s ms%n", source.label(), asOf, Stats.ms(s.median()),
				Stats.ms(s.p95()));
		return s;
	}

	/** (a): the typed adapter in bench/src/ledger/java when the ledger's Standings exists, else null. */
	private static StandingsSource applicationStandings(ConfigurableApplicationContext app) {
		try {
			Class<?> adapter = Class.forName("lvzhi.bench.ledger.AppStandings");
			return (StandingsSource) adapter.getConstructor(org.springframework.context.ApplicationContext.class)
				.newInstance(app);
		}
		catch (ClassNotFoundException e) {
			return null;
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private void verify(ConfigurableApplicationContext app, DataSource ds, long districtId) throws Exception {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		var verify = new VerifyThroughput(app, ds, port, districtId, config.scale().benchCycle(), config);
		System.out.println("Verification throughput over HTTP…");
		String notMeasured = verify.run();
		line("");
		line("## Verification over HTTP (POST /api/v1/activities/{id}/verify, HTTP Basic, OFFICE)");
		line("");
		line("Load average before: " + loadAverage() + ".");
		line("");
		if (notMeasured != null) {
			line("**Not measured**: " + notMeasured + ".");
			line("");
		}
		verify.results.forEach((k, v) -> line("- %s: %s".formatted(k, v)));
	}

	private void publication(ConfigurableApplicationContext app, DataSource ds, long districtId) throws Exception {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		int year = config.scale().benchCycle();
		var publication = new PublicationBench(app, ds, port, districtId, year);
		System.out.println("Quarterly publication: draft, approve, export…");
		String load = loadAverage();
		publication.run();
		line("");
		line("## Quarterly publication of cycle %d over HTTP (draft Q1, approve, draft Q2, export Excel)".formatted(year));
		line("");
		line("Load average before: " + load + ". Each step is one request, timed end to end in this JVM (the"
				+ " application's and the client's heap are the same); peak heap is sampled every 5 ms.");
		line("");
		publication.results.forEach((k, v) -> line("- %s: %s".formatted(k, v)));
	}

	private void line(String text) {
		report.append(text).append('\n');
		System.out.println(text);
	}

	private static String single(Connection db, String sql) throws Exception {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** The machine's 1/5/15-minute load averages: other work on the same cores shows here. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	private static String memoryGiB() {
		try {
			for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (l.startsWith("MemTotal:")) {
					long kb = Long.parseLong(l.replaceAll("\\D", ""));
					return String.format("%.0f", kb / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// not Linux
		}
		return "?";
	}
}
