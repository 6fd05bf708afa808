package cn.lvzhi.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of idempotent requests: who sent which {@code Idempotency-Key} for which request,
 * and the first successful response to it. The primary key (principal, key) decides races: of
 * two requests with the same key, only one inserts its row and runs. Each statement commits on
 * its own, so that a concurrent request sees the row at once.
 */
@Component
class IdempotentRequests {

	/** How long a key is remembered. */
	static final Duration RETENTION = Duration.ofHours(24);

	/** A request still "in progress" after this long is taken as abandoned (its server died). */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private static final Duration PURGE_EVERY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

	IdempotentRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Who sends a key, with which key, for which request (method, path and a hash of both and the body). */
	record Request(String principal, String key, String method, String path, String hash) {
	}

	/** A response worth giving again: status, Content-Type, Location and the body's bytes. */
	record Response(int status, String contentType, String location, byte[] body) {
	}

	/** What to do with a request that carries a key. */
	sealed interface Outcome {
	}

	/** The key is new (or expired): the request runs; finish with {@link #complete} or {@link #abandon}. */
	record Started(Request request, String attempt) implements Outcome {
	}

	/** The same request succeeded before: give its response again. */
	record Replay(Response response) implements Outcome {
	}

	/** The key was used for a different request (another body, path or method). */
	record Mismatch() implements Outcome {
	}

	/** The same key is being processed right now. */
	record InProgress() implements Outcome {
	}

	Outcome begin(Request request) {
		Instant now = clock.instant();
		purgeExpired(now);
		// Three tries: an expired or abandoned row is deleted and the insert tried again; a row
		// that disappears between the failed insert and the read is a finished failure, ditto.
		for (int attempt = 0; attempt < 3; attempt++) {
			String token = UUID.randomUUID().toString();
			try {
				jdbc.sql("""
						insert into idempotent_request (principal, idem_key, attempt, method, path, request_hash, created_at)
						values (:principal, :key, :attempt, :method, :path, :hash, :now)""")
					.param("principal", request.principal())
					.param("key", request.key())
					.param("attempt", token)
					.param("method", request.method())
					.param("path", request.path())
					.param("hash", request.hash())
					.param("now", at(now))
					.update();
				return new Started(request, token);
			}
			catch (DuplicateKeyException taken) {
				Optional<Stored> stored = find(request);
				if (stored.isEmpty()) {
					continue;
				}
				Stored row = stored.get();
				if (row.expired(now)) {
					deleteIfStale(request, now);
					continue;
				}
				if (!row.hash().equals(request.hash())) {
					return new Mismatch();
				}
				if (row.response() == null) {
					return new InProgress();
				}
				return new Replay(row.response());
			}
		}
		return new InProgress();
	}

	/** Keeps the response of a request that succeeded, for its repeats. */
	void complete(Started started, Response response) {
		jdbc.sql("""
				update idempotent_request
				set status = :status, content_type = :contentType, location = :location, response_body = :body,
				    completed_at = :now
				where principal = :principal and idem_key = :key and attempt = :attempt and status is null""")
			.param("status", response.status())
			.param("contentType", cut(response.contentType(), 200))
			.param("location", cut(response.location(), 1000))
			.param("body", response.body())
			.param("now", at(clock.instant()))
			.param("principal", started.request().principal())
			.param("key", started.request().key())
			.param("attempt", started.attempt())
			.update();
	}

	/** Forgets a request that did not succeed, so that the client may send it again (corrected) with the same key. */
	void abandon(Started started) {
		jdbc.sql("""
				delete from idempotent_request
				where principal = :principal and idem_key = :key and attempt = :attempt and status is null""")
			.param("principal", started.request().principal())
			.param("key", started.request().key())
			.param("attempt", started.attempt())
			.update();
	}

	private record Stored(String hash, Instant createdAt, Response response) {

		boolean expired(Instant now) {
			return createdAt.isBefore(now.minus(RETENTION))
					|| response == null && createdAt.isBefore(now.minus(ABANDONED_AFTER));
		}
	}

	private Optional<Stored> find(Request request) {
		return jdbc.sql("""
				select request_hash, created_at, status, content_type, location, response_body
				from idempotent_request where principal = :principal and idem_key = :key""")
			.param("principal", request.principal())
			.param("key", request.key())
			.query((rs, n) -> {
				int status = rs.getInt("status");
				Response response = rs.wasNull() ? null
						: new Response(status, rs.getString("content_type"), rs.getString("location"),
								rs.getBytes("response_body"));
				return new Stored(rs.getString("request_hash"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), response);
			})
			.optional();
	}

	/** Deletes the row of this key only if it is still expired or abandoned (another request may have replaced it). */
	private void deleteIfStale(Request request, Instant now) {
		jdbc.sql("""
				delete from idempotent_request
				where principal = :principal and idem_key = :key
				  and (created_at < :expired or (status is null and created_at < :abandoned))""")
			.param("principal", request.principal())
			.param("key", request.key())
			.param("expired", at(now.minus(RETENTION)))
			.param("abandoned", at(now.minus(ABANDONED_AFTER)))
			.update();
	}

	/** Now and then, drops the rows nobody can use any more. */
	private void purgeExpired(Instant now) {
		Instant last = lastPurge.get();
		if (last.isAfter(now.minus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, now)) {
			return;
		}
		jdbc.sql("delete from idempotent_request where created_at < :expired")
			.param("expired", at(now.minus(RETENTION)))
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
