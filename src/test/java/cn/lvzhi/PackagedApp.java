package cn.lvzhi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application ({@code target/lvzhi-*.jar}, built by the package phase and named by
 * Failsafe's system property {@value #JAR_PROPERTY}) run as a separate {@code java -jar} process,
 * and JSON calls to it over real HTTP with HTTP Basic. For the tests that must kill the process
 * or measure it from outside (Failsafe ITs); the in-process tests use MockMvc.
 */
final class PackagedApp implements AutoCloseable {

	static final String JAR_PROPERTY = "lvzhi.jar";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Process process;

	private final URI base;

	private final Path log;

	private Duration startup = Duration.ZERO;

	private PackagedApp(Process process, int port, Path log) {
		this.process = process;
		this.base = URI.create("http://127.0.0.1:" + port);
		this.log = log;
	}

	/** The jar Failsafe names; fails with a hint when run outside {@code ./mvnw verify}. */
	static Path jar() {
		String jar = System.getProperty(JAR_PROPERTY);
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("No packaged application at " + JAR_PROPERTY + "=" + jar
					+ "; run through Failsafe: ./mvnw -B verify -Dit.test=...");
		}
		return Path.of(jar);
	}

	/**
	 * Starts the packaged application with these JVM options and {@code --name=value} arguments
	 * and environment, on a free loopback port, its output appended to {@code log}; answers once
	 * {@code /actuator/health} is UP and {@code identity} (the admin) is recognised there — so that
	 * another program that took the port between the test choosing it and the application binding
	 * it is never mistaken for the application. If the port was taken, starts again on another.
	 */
	static PackagedApp start(List<String> jvmOptions, Map<String, String> settings, Map<String, String> environment,
			Path log, Duration readyWithin, Credentials identity) {
		for (int attempt = 1;; attempt++) {
			int port = freePort();
			var command = new ArrayList<String>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvmOptions);
			command.add("-jar");
			command.add(jar().toString());
			command.add("--server.port=" + port);
			command.add("--server.address=127.0.0.1");
			settings.forEach((name, value) -> command.add("--" + name + "=" + value));
			var builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			try {
				Files.createDirectories(log.getParent());
				long started = System.nanoTime();
				var app = new PackagedApp(builder.start(), port, log);
				if (app.awaitReady(readyWithin, identity)) {
					app.startup = Duration.ofNanos(System.nanoTime() - started);
					return app;
				}
				if (attempt == 3 || !app.logTail().contains("already in use")) {
					throw new IllegalStateException(
							"The application exited with " + app.process.exitValue() + "\n" + app.logTail());
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** True once ready and recognising {@code identity}; false if the process exited first. */
	private boolean awaitReady(Duration within, Credentials identity) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				return false;
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")
						&& get("/api/v1/me", identity).status() == 200 && process.isAlive()) {
					return true;
				}
			}
			catch (IOException notListeningYet) {
				// polled again below
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			// Polling the condition (is the port answering UP?), not waiting for a guessed time.
			pause(Duration.ofMillis(100));
		}
		process.destroyForcibly();
		throw new IllegalStateException("Not ready within " + within + "\n" + logTail());
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** From starting the process until the application answered UP. */
	Duration startup() {
		return startup;
	}

	/** SIGKILL on Linux (Process#destroyForcibly), then waits until the process is gone. */
	void kill() {
		process.destroyForcibly();
		awaitExit();
	}

	private void awaitExit() {
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The application did not exit");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** SIGTERM: a normal shutdown; SIGKILL if it takes longer than half a minute. */
	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			kill();
		}
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	/** An HTTP answer: its status and its JSON body (a missing node when empty). */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return status / 100 == 2;
		}
	}

	/** A user's credentials for HTTP Basic. */
	record Credentials(String username, String password) {

		String header() {
			return "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		}
	}

	Answer get(String path, Credentials who) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET(), who);
	}

	Answer post(String path, Credentials who, Object body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)), who);
	}

	/** Like {@link #post} but fails unless the answer is 2xx; answers the body. */
	JsonNode created(String path, Credentials who, Object body) throws IOException, InterruptedException {
		Answer answer = post(path, who, body);
		if (!answer.ok()) {
			throw new IllegalStateException("POST " + path + " → " + answer.status() + " " + answer.body());
		}
		return answer.body();
	}

	/** Like {@link #get} but fails unless the answer is 200; answers the body. */
	JsonNode read(String path, Credentials who) throws IOException, InterruptedException {
		Answer answer = get(path, who);
		if (answer.status() != 200) {
			throw new IllegalStateException("GET " + path + " → " + answer.status() + " " + answer.body());
		}
		return answer.body();
	}

	private static Answer send(HttpRequest.Builder request, Credentials who) throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
		if (who != null) {
			request.header("Authorization", who.header());
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String body = response.body();
		return new Answer(response.statusCode(),
				body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body));
	}

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
