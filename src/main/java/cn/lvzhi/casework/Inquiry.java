package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
public class Inquiry extends CollectiveCase {

	private final InquiryKind kind;

	private final String department;

	private final String question;

	@Embedded.Nullable(prefix = "answer_")
	private CaseText answer;

	Inquiry(Long id, Integer version, long districtId, long collectiveId, InquiryKind kind, LocalDate occurredOn,
			String department, String question, CaseText answer, String createdBy, Instant createdAt) {
		super(id, version, districtId, collectiveId, occurredOn, createdBy, createdAt);
		this.kind = kind;
		this.department = department;
		this.question = question;
		this.answer = answer;
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

	public InquiryKind kind() {
		return kind;
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

	@Override
	public String toString() {
		return "Inquiry[" + id() + " " + kind + " " + occurredOn() + " collective " + collectiveId() + "]";
	}
}
