package cn.lvzhi.activities.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * The evidence files of activity records: added by the people who may add them (see
 * {@link EvidenceAccess}) after their content has been checked, listed and downloaded by the
 * people who may see the record. Every upload and every download is in the audit trail.
 */
@Service
@Transactional
public class EvidenceFiles {

	private static final int MAX_NAME_LENGTH = 200;

	private static final String COLUMNS = "id, filename, content_type, size, sha256, uploaded_by, uploaded_at";

	private final EvidenceAccess access;

	private final FileContents contents;

	private final EvidenceProperties properties;

	private final JdbcClient jdbc;

	private final Districts districts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvidenceFiles(EvidenceAccess access, FileContents contents, EvidenceProperties properties, JdbcClient jdbc,
			Districts districts, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.contents = contents;
		this.properties = properties;
		this.jdbc = jdbc;
		this.districts = districts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a file to an activity record: 404 unknown record, 403 not the user's to touch, 409 the
	 * record's state or its number of files does not allow another, 422 empty, 413 over the
	 * limit, 415 not a photo, PDF or Office document by its content.
	 */
	public Attachment add(CurrentUser user, long activityId, String originalName, long size, InputStreamSource file) {
		var activity = access.toAdd(user, activityId);
		FileContents.Checked checked = contents.check(originalName, size, file);
		long count = jdbc.sql("select count(*) from activity_attachment where activity_id = ?")
			.param(activity.id())
			.query(Long.class)
			.single();
		if (count >= properties.maxAttachments()) {
			throw new Problem.Conflict("evidence.problem.too-many", properties.maxAttachments());
		}
		StoredFile kept = contents.keep(checked);
		Instant now = clock.instant();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into activity_attachment (activity_id, filename, content_type, size, sha256, uploaded_by, "
				+ "uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(activity.id(), kept.filename(), kept.contentType(), kept.size(), kept.sha256(), user.username(),
					now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		var attachment = new Attachment(id, kept.filename(), kept.contentType(), kept.size(), kept.sha256(), user.username(),
				now.atZone(zone(user)).toOffsetDateTime());
		events.publishEvent(new EvidenceEvent(EvidenceEvent.ADDED, activity.id(), attachment));
		return attachment;
	}

	/** The files of a record the user may see, oldest first. */
	@Transactional(readOnly = true)
	public PageResult<Attachment> list(CurrentUser user, long activityId, PageQuery page) {
		var activity = access.toRead(user, activityId);
		long total = jdbc.sql("select count(*) from activity_attachment where activity_id = ?")
			.param(activity.id())
			.query(Long.class)
			.single();
		ZoneId zone = zone(user);
		List<Attachment> items = jdbc
			.sql("select " + COLUMNS + " from activity_attachment where activity_id = ? order by id limit ? offset ?")
			.params(activity.id(), page.size(), page.offset())
			.query((rs, n) -> map(rs, zone))
			.list();
		return page.result(items, total);
	}

	/** A file and its content, for a user who may see its record; the download is audited. */
	public Download download(CurrentUser user, long activityId, long attachmentId) {
		var activity = access.toRead(user, activityId);
		ZoneId zone = zone(user);
		Attachment attachment = jdbc
			.sql("select " + COLUMNS + " from activity_attachment where id = ? and activity_id = ?")
			.params(attachmentId, activity.id())
			.query((rs, n) -> map(rs, zone))
			.optional()
			.orElseThrow(() -> new Problem.NotFound("evidence.problem.not-found", attachmentId));
		Resource content = contents.read(attachment.sha256());
		events.publishEvent(new EvidenceEvent(EvidenceEvent.DOWNLOADED, activity.id(), attachment));
		return new Download(attachment, content);
	}

	public record Download(Attachment attachment, Resource content) {
	}

	private static Attachment map(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
		return new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
				rs.getLong("size"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime());
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The name to keep and to offer on download: without any folder the browser sent, control
	 * characters or surrounding blanks, in NFC, at most 200 characters (the extension kept); a
	 * file without a usable name is called {@code 附件.<extension of its type>}.
	 */
	static String cleanName(String original, EvidenceType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		var cleaned = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(cleaned::appendCodePoint);
		name = cleaned.toString().strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "附件." + type.extension();
		}
		if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			int keep = MAX_NAME_LENGTH - extension.codePointCount(0, extension.length());
			name = name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
		}
		return name;
	}

	/** 20 MB, 512 KB, 1000 字节: the limit as people read it. */
	static String readable(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KB";
		}
		return bytes + " 字节";
	}
}
