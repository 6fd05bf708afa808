package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;

/**
 * A written opinion or suggestion on improving supervision and evaluation (书面意见建议, item 11):
 * the day it was handed in, its title and content, entered once with the representatives who
 * wrote it as a collective activity ({@link #collectiveId()}); its document (the signed original,
 * a scan, a Word file), added with it or afterwards, once — a second one is a
 * {@link Problem.Conflict}.
 */
@Table("written_opinion")
public class WrittenOpinion extends CollectiveCase {

	private final String title;

	private final String content;

	@Embedded.Nullable(prefix = "document_")
	private CaseFile document;

	WrittenOpinion(Long id, Integer version, long districtId, long collectiveId, LocalDate occurredOn, String title,
			String content, CaseFile document, String createdBy, Instant createdAt) {
		super(id, version, districtId, collectiveId, occurredOn, createdBy, createdAt);
		this.title = title;
		this.content = content;
		this.document = document;
	}

	static WrittenOpinion enter(long districtId, long collectiveId, WrittenOpinionDetails details, String by,
			Instant now) {
		return new WrittenOpinion(null, null, districtId, collectiveId, details.occurredOn(),
				CaseTexts.clean(details.title()), CaseTexts.clean(details.content()), null, by, now);
	}

	/** Refuses (409) a second document, before its content is read. */
	void requireNoDocument() {
		if (document != null) {
			throw new Problem.Conflict("written-opinion.problem.document-attached");
		}
	}

	/** Adds the document; there is one. */
	void attach(CaseFile file) {
		requireNoDocument();
		document = file;
	}

	public String title() {
		return title;
	}

	public String content() {
		return content;
	}

	/** The document, once added. */
	public Optional<CaseFile> document() {
		return Optional.ofNullable(document);
	}
}
