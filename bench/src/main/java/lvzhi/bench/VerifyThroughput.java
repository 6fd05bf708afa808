package lvzhi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.lvzhi.accounts.Users;
import cn.lvzhi.shared.Role;

/**
 * (d) Verifying records over HTTP, ledger included: the running application on a random port,
 * an OFFICE user with HTTP Basic on every request (as API.md's clients do), a bounded pool of
 * client threads on loopback. RECORDED records are created first through
 * {@code POST /api/v1/activities} (untimed, spread over the representatives and items of the
 * cycle). Then twice, each time a warm-up share first and the rest against the clock, stopping at
 * the count or the time limit, whichever comes first: (d1) as deployed, where every request pays
 * a BCrypt password check, and (d2) with the bench user's stored hash swapped for {@code {noop}}
 * (benchmark only) so that the figure is what verifying itself costs.
 */
final class VerifyThroughput {

	static final String USER = "bench-office";

	static final String PASSWORD = "Bench-Office-2026!";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final ApplicationContext context;

	private final DataSource ds;

	private final String base;

	private final long districtId;

	private final int year;

	private final BenchConfig config;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String basic = "Basic "
			+ Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	final Map<String, Object> results = new LinkedHashMap<>();

	VerifyThroughput(ApplicationContext context, DataSource ds, int port, long districtId, int year,
			BenchConfig config) {
		this.context = context;
		this.ds = ds;
		this.base = "http://127.0.0.1:" + port;
		this.districtId = districtId;
		this.year = year;
		this.config = config;
	}

	/** Runs the measurement; returns null when measured, else why not. */
	String run() throws Exception {
		context.getBean(Users.class)
			.create(new Users.NewUser(USER, "基准测试核实员", PASSWORD, Set.of(Role.OFFICE), null, null), districtId);
		String bcrypt = passwordHash();
		int threads = config.verifyThreads();
		results.put("client threads", threads);

		// What HTTP Basic costs by itself: the password check, and an authenticated GET.
		PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
		double[] checks = new double[20];
		for (int i = 0; i < checks.length; i++) {
			long t = System.nanoTime();
			encoder.matches(PASSWORD, bcrypt);
			checks[i] = (System.nanoTime() - t) / 1e6;
		}
		results.put("one BCrypt password check (the stored hash), median ms", Stats.ms(Stats.of(checks).median()));
		Outcome get = parallel(threads, 300, Duration.ofSeconds(60), i -> cheapGet());
		results.put("authenticated GET /api/v1/standard per second, BCrypt hash",
				String.format("%.0f  (%s)", get.perSecond(), get.statuses));
		setPasswordHash("{noop}" + PASSWORD);
		Outcome cheapGet = parallel(threads, 3000, Duration.ofSeconds(60), i -> cheapGet());
		results.put("authenticated GET /api/v1/standard per second, {noop} hash",
				String.format("%.0f  (%s)", cheapGet.perSecond(), cheapGet.statuses));

		List<Long> representatives = reps();
		HttpResponse<String> probe = send(createRequest(new Random(1), representatives.get(0)));
		if (probe.statusCode() != 201) {
			setPasswordHash(bcrypt);
			return "POST /api/v1/activities answered " + probe.statusCode()
					+ " — the activities API is not in this build yet";
		}
		Random random = new Random(42);
		int warmup = config.verifyWarmup();
		int basicCount = Math.max(1, config.verifyCount() / 4);
		int total = warmup + basicCount + warmup + config.verifyCount();
		long[] ids = new long[total];
		List<HttpRequest> bodies = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			bodies.add(createRequest(random, representatives.get(random.nextInt(representatives.size()))));
		}
		Outcome created = parallel(threads, total, Duration.ofSeconds(600), i -> {
			HttpResponse<String> response = send(bodies.get(i));
			if (response.statusCode() == 201) {
				Matcher m = ID.matcher(response.body());
				if (m.find()) {
					ids[i] = Long.parseLong(m.group(1));
				}
			}
			return response.statusCode();
		});
		results.put("RECORDED records created for the run (POST /api/v1/activities, {noop} hash, untimed) per second",
				String.format("%.0f  (%s)", created.perSecond(), created.statuses));
		if (created.statuses.getOrDefault(201, 0) != total) {
			setPasswordHash(bcrypt);
			return "creating RECORDED records failed: " + created.statuses;
		}

		// (d1) as deployed: BCrypt on every request.
		setPasswordHash(bcrypt);
		measure("d1, HTTP Basic as deployed (BCrypt check on every request)", ids, 0, warmup, basicCount,
				Math.min(config.verifySeconds(), 60));
		// (d2) the same calls with the password check taken out: what verifying itself costs.
		setPasswordHash("{noop}" + PASSWORD);
		measure("d2, same with the bench user's hash as {noop} (no BCrypt)", ids, warmup + basicCount, warmup,
				config.verifyCount(), config.verifySeconds());
		setPasswordHash(bcrypt);
		results.put("ledger accounts differing from entry sums after the run", accountsOffEntries());
		return null;
	}

	private void measure(String label, long[] ids, int from, int warmup, int count, int seconds) throws Exception {
		Outcome warm = parallel(config.verifyThreads(), warmup, Duration.ofSeconds(300), i -> verify(ids[from + i]));
		int offset = from + warmup;
		String load = Bench.loadAverage();
		Outcome timed = parallel(config.verifyThreads(), count, Duration.ofSeconds(seconds),
				i -> verify(ids[offset + i]));
		Stats latency = Stats.of(timed.latencies());
		results.put(label + ": verifications per second", String.format("%.0f", timed.okPerSecond(200)));
		results.put(label + ": verified", timed.done + " in " + String.format("%.1f s", timed.seconds)
				+ " after " + warm.done + " warm-up " + warm.statuses + "; statuses " + timed.statuses
				+ "; load average before " + load);
		results.put(label + ": latency median / p95 / max ms", Stats.ms(latency.median()) + " / "
				+ Stats.ms(latency.p95()) + " / " + Stats.ms(latency.max()));
	}

	private int cheapGet() {
		return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/standard")).GET()).statusCode();
	}

	private String passwordHash() throws SQLException {
		try (Connection c = ds.getConnection();
				PreparedStatement ps = c.prepareStatement("select password_hash from app_user where username = ?")) {
			ps.setString(1, USER);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	/** Benchmark only: swaps the stored hash of the bench user (DelegatingPasswordEncoder reads the {id}). */
	private void setPasswordHash(String hash) throws SQLException {
		try (Connection c = ds.getConnection();
				PreparedStatement ps = c.prepareStatement("update app_user set password_hash = ? where username = ?")) {
			ps.setString(1, hash);
			ps.setString(2, USER);
			ps.executeUpdate();
		}
	}

	private int verify(long id) {
		return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/activities/" + id + "/verify"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode();
	}

	private HttpRequest createRequest(Random random, long representative) {
		int item = 1 + random.nextInt(14);
		LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
		String body = "{\"representativeId\":" + representative + ",\"itemCode\":" + item + ",\"occurredOn\":\"" + day
				+ "\",\"title\":\"基准测试履职记录\"" + (item == 3 ? ",\"satisfaction\":\"VERY_SATISFIED\"" : "")
				+ (item == 1 ? ",\"hours\":4" : "") + "}";
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/activities"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request.header("Authorization", basic).build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(request.uri() + ": " + e, e);
		}
	}

	private List<Long> reps() throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection c = ds.getConnection();
				PreparedStatement ps = c.prepareStatement("select id from representative where district_id = ? order by id")) {
			ps.setLong(1, districtId);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	private long accountsOffEntries() throws SQLException {
		try (Connection c = ds.getConnection();
				ResultSet rs = c.createStatement().executeQuery("""
						select count(*) from ledger_account a
						full join (select representative_id, cycle, sum(points) as total from ledger_entry
						           group by representative_id, cycle) e
						  on e.representative_id = a.representative_id and e.cycle = a.cycle
						where a.total is distinct from e.total""")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** What a bounded parallel run did. */
	record Outcome(int done, double seconds, Map<Integer, Integer> statuses, double[] millis) {

		double perSecond() {
			return done / seconds;
		}

		double okPerSecond(int ok) {
			return statuses.getOrDefault(ok, 0) / seconds;
		}

		double[] latencies() {
			return java.util.Arrays.copyOf(millis, done);
		}
	}

	/** Calls {@code call(i)} for i = 0 … count-1 on {@code threads} threads until done or out of time. */
	static Outcome parallel(int threads, int count, Duration limit, IntUnaryOperator call) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		double[] millis = new double[count];
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				while (System.nanoTime() < deadline) {
					int i = next.getAndIncrement();
					if (i >= count) {
						return;
					}
					long t0 = System.nanoTime();
					int status;
					try {
						status = call.applyAsInt(i);
					}
					catch (RuntimeException e) {
						status = -1;
					}
					millis[done.getAndIncrement()] = (System.nanoTime() - t0) / 1e6;
					statuses.merge(status, 1, Integer::sum);
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Outcome(done.get(), seconds, new java.util.TreeMap<>(statuses), millis);
	}
}
