package cn.lvzhi.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;

/**
 * A question or complaint (疑问投诉) from anyone, also without an account: its content, optionally
 * the representative and the record it is about and a way to contact the complainant, and once
 * decided the evaluation group's decision. Only a hash of the receipt code is kept. It is decided
 * at most once: a second decision is a {@link Problem.Conflict}.
 */
@Table("complaint")
public class Complaint {

	public static final int CONTENT_MAX = 2000;

	public static final int CONTACT_MAX = 100;

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final Long representativeId;

	private final Long activityId;

	private final String contact;

	private final String content;

	private final String receiptHash;

	private final String clientAddress;

	private final String submittedBy;

	private final Instant submittedAt;

	private CaseStatus status;

	/** The decision, once made. */
	@Embedded.Nullable
	private Verdict verdict;

	Complaint(Long id, Integer version, long districtId, Long representativeId, Long activityId, String contact,
			String content, String receiptHash, String clientAddress, String submittedBy, Instant submittedAt,
			CaseStatus status, Verdict verdict) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.representativeId = representativeId;
		this.activityId = activityId;
		this.contact = contact;
		this.content = content;
		this.receiptHash = receiptHash;
		this.clientAddress = clientAddress;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.status = status;
		this.verdict = verdict;
	}

	static Complaint submit(long districtId, Long representativeId, Long activityId, String contact, String content,
			String receiptHash, String clientAddress, String submittedBy, Instant now) {
		return new Complaint(null, null, districtId, representativeId, activityId, contact, content, receiptHash,
				clientAddress, submittedBy, now, CaseStatus.OPEN, null);
	}

	/** Records the decision (checked already); a complaint is decided once. */
	void decide(Decision decision, String by, Instant now) {
		if (status != CaseStatus.OPEN) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		status = CaseStatus.DECIDED;
		verdict = Verdict.of(decision, by, now);
	}

	public Long id() {
		return id;
	}

	public long districtId() {
		return districtId;
	}

	public Optional<Long> representativeId() {
		return Optional.ofNullable(representativeId);
	}

	public Optional<Long> activityId() {
		return Optional.ofNullable(activityId);
	}

	/** The complainant's contact as given: personal data, shown in full only to the evaluation group. */
	public Optional<String> contact() {
		return Optional.ofNullable(contact);
	}

	public String content() {
		return content;
	}

	public Optional<String> submittedBy() {
		return Optional.ofNullable(submittedBy);
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public CaseStatus status() {
		return status;
	}

	/** The group's decision, once decided. */
	public Optional<Verdict> verdict() {
		return Optional.ofNullable(verdict);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Complaint other && id != null && Objects.equals(id, other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

	@Override
	public String toString() {
		return "Complaint[" + id + " " + status + "]";
	}
}
