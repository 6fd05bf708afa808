package cn.lvzhi.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The constituents' one-time rating links (table {@code appeal_rating_link}): a token of 32
 * random bytes (base64url, 43 characters) is handed out once; only its SHA-256 is stored, so a
 * copy of the database opens no link. A link is used at most once ({@link #use} is a compare-and-set
 * on {@code used_at}) and until it expires. Issuing a new link of an appeal deletes its unused
 * ones; rating the appeal in person uses them up.
 */
@Component
class AppealRatingLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	AppealRatingLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored link, found by its token's hash. */
	record Link(long id, long appealId, Instant expiresAt, Instant usedAt) {
	}

	/** A new random token (never stored). */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of a token, hex; {@code null} for text that cannot be a token. */
	static String hash(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Stores a new link of the appeal, replacing its unused ones. */
	void issue(long appealId, String token, String by, Instant now, Instant expiresAt) {
		jdbc.sql("delete from appeal_rating_link where appeal_id = ? and used_at is null").param(appealId).update();
		jdbc.sql("insert into appeal_rating_link (appeal_id, token_hash, issued_by, issued_at, expires_at)"
				+ " values (?, ?, ?, ?, ?)")
			.params(appealId, hash(token), by, utc(now), utc(expiresAt))
			.update();
	}

	Optional<Link> find(String token) {
		String hash = hash(token);
		if (hash == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id, appeal_id, expires_at, used_at from appeal_rating_link where token_hash = ?")
			.param(hash)
			.query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(),
					rs.getObject(4, OffsetDateTime.class) == null ? null
							: rs.getObject(4, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Marks the link used; {@code false} if it was used meanwhile. */
	boolean use(long linkId, Instant now) {
		return jdbc.sql("update appeal_rating_link set used_at = ? where id = ? and used_at is null")
			.params(utc(now), linkId)
			.update() == 1;
	}

	/** The appeal was rated another way: its unused links are used up with it. */
	void useAll(long appealId, Instant now) {
		jdbc.sql("update appeal_rating_link set used_at = ? where appeal_id = ? and used_at is null")
			.params(utc(now), appealId)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
