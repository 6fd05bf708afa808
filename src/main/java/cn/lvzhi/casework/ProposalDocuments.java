package cn.lvzhi.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * The documents of proposals filed on paper: attached by the office (a scan or photo, the type
 * judged from the content, {@link ProposalDocumentType}; the size limit of every upload,
 * {@code lvzhi.upload.max-file-size}), kept in the database, downloaded by whoever reads the
 * proposal. Every upload and download is in the audit trail.
 */
@Service
@Transactional
public class ProposalDocuments {

	/** At most this many documents per proposal. */
	public static final int MAX = 10;

	private static final int NAME_MAX = 200;

	private static final String COLUMNS = "id, proposal_id, filename, content_type, size, uploaded_by, uploaded_at";

	private final ProposalRepository proposals;

	private final ProposalRoster roster;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DataSize limit;

	ProposalDocuments(ProposalRepository proposals, ProposalRoster roster, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, @Value("${lvzhi.upload.max-file-size}") DataSize limit) {
		this.proposals = proposals;
		this.roster = roster;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.limit = limit;
	}

	/**
	 * The office attaches a document: 404 unknown proposal, 403 not the office's to act on, 409
	 * withdrawn or {@value #MAX} documents already, 422 empty, 413 over the limit, 415 not a PDF,
	 * JPEG or PNG by its content.
	 */
	public ProposalDocument attach(CurrentUser user, long proposalId, String originalName, long size,
			InputStreamSource file) {
		Proposal proposal = proposals.get(user.districtId(), proposalId);
		ProposalPolicy.requirePartIn(user, proposal, ProposalAction.ATTACH);
		if (!ProposalPolicy.may(user, proposal, ProposalAction.ATTACH)) {
			throw new Problem.Conflict("casework.proposal.problem.wrong-state", proposal.status().name());
		}
		if (size > limit.toBytes()) {
			throw new Problem.TooLarge("casework.proposal.problem.document-too-large", limit.toMegabytes() + " MB");
		}
		byte[] content = read(file);
		if (content.length == 0) {
			throw Problem.Invalid.field("file", "casework.proposal.validation.document-empty");
		}
		ProposalDocumentType type = ProposalDocumentType.of(content)
			.orElseThrow(() -> new Problem.UnsupportedType("casework.proposal.problem.document-type"));
		if (of(proposalId).size() >= MAX) {
			throw new Problem.Conflict("casework.proposal.problem.documents-too-many", MAX);
		}
		Instant now = clock.instant();
		String filename = cleanName(originalName, type);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into proposal_document (proposal_id, filename, content_type, size, sha256, content, "
				+ "uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(proposalId, filename, type.contentType(), (long) content.length, sha256(content), content,
					user.username(), now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		var document = new ProposalDocument(keys.getKeyAs(Number.class).longValue(), proposalId, filename,
				type.contentType(), content.length, user.username(), now);
		events.publishEvent(ProposalEvent.of(proposal, "DOCUMENT_ATTACHED", "document " + document.id() + ", "
				+ type.contentType() + ", " + content.length + " bytes"));
		return document;
	}

	/** The documents of a proposal, oldest first (whoever may read the proposal). */
	@Transactional(readOnly = true)
	public List<ProposalDocument> of(long proposalId) {
		return jdbc.sql("select " + COLUMNS + " from proposal_document where proposal_id = ? order by id")
			.param(proposalId)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** A document and its content, for a user who reads the proposal; the download is audited. */
	public Download download(CurrentUser user, long proposalId, long documentId) {
		Proposal proposal = proposals.get(user.districtId(), proposalId);
		ProposalPolicy.requireReads(user, proposal, roster.staffOfLead(user, proposal));
		ProposalDocument document = jdbc
			.sql("select " + COLUMNS + " from proposal_document where id = ? and proposal_id = ?")
			.params(documentId, proposalId)
			.query((rs, n) -> map(rs))
			.optional()
			.orElseThrow(() -> new Problem.NotFound("casework.proposal.problem.document-not-found", documentId));
		byte[] content = jdbc.sql("select content from proposal_document where id = ?")
			.param(documentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		events.publishEvent(ProposalEvent.of(proposal, "DOCUMENT_DOWNLOADED", "document " + documentId));
		return new Download(document, new ByteArrayResource(content));
	}

	/** A document with its bytes. */
	public record Download(ProposalDocument document, Resource content) {
	}

	private static ProposalDocument map(ResultSet rs) throws SQLException {
		return new ProposalDocument(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	/** At most the limit and one byte: a part bigger than it said it was is still refused. */
	private byte[] read(InputStreamSource file) {
		long max = limit.toBytes();
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (content.length > max) {
				throw new Problem.TooLarge("casework.proposal.problem.document-too-large", limit.toMegabytes() + " MB");
			}
			return content;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The name without any folder or control characters, at most 200 characters; else 提案原件.<extension>. */
	static String cleanName(String original, ProposalDocumentType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var cleaned = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(cleaned::appendCodePoint);
		name = cleaned.toString().strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "提案原件." + type.extension();
		}
		return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
