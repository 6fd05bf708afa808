package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;

/**
 * An inquiry (询问) or questioning (质询) of a department by representatives (item 10): the day,
 * the department, the question, entered once with its participants as a collective activity
 * ({@link #collectiveId()}); the department's answer, given at once or written down afterwards,
 * once — a second one is a {@link Problem.Conflict}.
 */
@Table("inquiry")
public class Inquiry {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final long collectiveId;

	private final InquiryKind kind;

	private final LocalDate occurredOn;

	private final String department;

	private final String question;

	@Embedded.Nullable(prefix = "answer_")
	private CaseText answer;

	private final String createdBy;

	private final Instant createdAt;

	Inquiry(Long id, Integer version, long districtId, long collectiveId, InquiryKind kind, LocalDate occurredOn,
			String department, String question, CaseText answer, String createdBy, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.collectiveId = collectiveId;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.department = department;
		this.question = question;
		this.answer = answer;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	static Inquiry enter(long districtId, long collectiveId, InquiryDetails details, String by, Instant now) {
		String answer = CaseTexts.clean(details.answer());
		return new Inquiry(null, null, districtId, collectiveId, details.inquiryKind(), details.occurredOn(),
				CaseTexts.clean(details.department()), CaseTexts.clean(details.question()),
				answer == null ? null : new CaseText(answer, by, now), by, now);
	}

	/** Writes down the department's answer; it is written once. */
	void answer(String text, String by, Instant now) {
		if (answer != null) {
			throw new Problem.Conflict("inquiry.problem.answered");
		}
		answer = new CaseText(text, by, now);
	}

	public Long id() {
		return id;
	}

	public Integer version() {
		return version;
	}

	public long districtId() {
		return districtId;
	}

	public long collectiveId() {
		return collectiveId;
	}

	public InquiryKind kind() {
		return kind;
	}

	public LocalDate occurredOn() {
		return occurredOn;
	}

	public String department() {
		return department;
	}

	public String question() {
		return question;
	}

	/** The department's answer, once written down. */
	public Optional<CaseText> answer() {
		return Optional.ofNullable(answer);
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Inquiry other && id != null && Objects.equals(id, other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

	@Override
	public String toString() {
		return "Inquiry[" + id + " " + kind + " " + occurredOn + " collective " + collectiveId + "]";
	}
}
