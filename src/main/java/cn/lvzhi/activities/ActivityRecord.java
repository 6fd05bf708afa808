package cn.lvzhi.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Satisfaction;

/**
 * An activity record (履职记录): one representative, one item of the standard, the day it took
 * place. It guards its own workflow (DOMAIN.md 4): a transition from the wrong state is a
 * {@link Problem.Conflict}; nobody verifies, rejects, returns, refers or revokes a record about
 * themselves ({@link Problem.Forbidden}); reasons are required where the decision needs one.
 * Who may act at all (the office, the workstation) and whose turn it is (a referred record is the
 * evaluation group's) is {@link ActivityPolicy}'s to say, enforced by {@link Activities}.
 */
@Table("activity")
public class ActivityRecord {

	public static final int REASON_MAX = 1000;

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final long representativeId;

	/** What was filled in (item, day, title…), normalized; changed only by an amendment. */
	@Embedded(onEmpty = Embedded.OnEmpty.USE_NULL)
	private ActivityDetails details;

	private ActivityStatus status;

	private final String sourceType;

	private final Long sourceId;

	private final Long collectiveId;

	private final String createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "activity", keyColumn = "activity_key")
	private final List<ActivityHistory> history;

	ActivityRecord(Long id, Integer version, long districtId, long representativeId, ActivityDetails details,
			ActivityStatus status, String sourceType, Long sourceId, Long collectiveId, String createdBy,
			Instant createdAt, Instant updatedAt, List<ActivityHistory> history) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.representativeId = representativeId;
		this.details = details;
		this.status = status;
		this.sourceType = sourceType;
		this.sourceId = sourceId;
		this.collectiveId = collectiveId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
	}

	/**
	 * A new record. {@code details} must have been checked ({@link ActivityDetails#violations}
	 * and the standard); {@code initial} is {@code SUBMITTED} when the representative reports it,
	 * {@code RECORDED} when their workstation or the office enters it.
	 */
	static ActivityRecord create(long districtId, long representativeId, ActivityDetails details,
			ActivityStatus initial, RecordSource source, Long collectiveId, String by, Instant now) {
		if (initial != ActivityStatus.SUBMITTED && initial != ActivityStatus.RECORDED) {
			throw new IllegalArgumentException("A record starts as SUBMITTED or RECORDED, not " + initial);
		}
		var record = new ActivityRecord(null, null, districtId, representativeId, details.normalized(), initial,
				source == null ? null : source.type(), source == null ? null : source.id(), collectiveId, by, now,
				now, List.of());
		record.history.add(new ActivityHistory(initial, by, now, null));
		return record;
	}

	/** The workstation records a reported activity and forwards it to the office. */
	void record(CurrentUser actor, Instant now) {
		status.requireOneOf(ActivityStatus.SUBMITTED);
		moveTo(ActivityStatus.RECORDED, actor, null, now);
	}

	/**
	 * The office verifies and scores a recorded activity. An item scored by satisfaction cannot
	 * be verified without the constituent's rating (DOMAIN.md 3).
	 */
	void verify(CurrentUser actor, boolean satisfactionRequired, Instant now) {
		notAboutThemselves(actor);
		status.requireOneOf(ActivityStatus.RECORDED);
		checkSatisfaction(satisfactionRequired);
		moveTo(ActivityStatus.VERIFIED, actor, null, now);
	}

	/** The evaluation group verifies a rejected record after a review or complaint, or a referred one. */
	void verifyAfterReview(CurrentUser actor, String reason, boolean satisfactionRequired, Instant now) {
		notAboutThemselves(actor);
		status.requireOneOf(ActivityStatus.REJECTED, ActivityStatus.REFERRED);
		notReferredBy(actor);
		String why = DecisionReason.of(reason).text();
		checkSatisfaction(satisfactionRequired);
		moveTo(ActivityStatus.VERIFIED, actor, why, now);
	}

	/** The office rejects a reported or recorded activity, the evaluation group a referred one. */
	void reject(CurrentUser actor, String reason, Instant now) {
		notAboutThemselves(actor);
		status.requireOneOf(ActivityStatus.SUBMITTED, ActivityStatus.RECORDED, ActivityStatus.REFERRED);
		notReferredBy(actor);
		moveTo(ActivityStatus.REJECTED, actor, DecisionReason.of(reason).text(), now);
	}

	/** The office returns a recorded activity, the group a referred one, for more information, with a reason. */
	void returnForInformation(CurrentUser actor, String reason, Instant now) {
		notAboutThemselves(actor);
		status.requireOneOf(ActivityStatus.RECORDED, ActivityStatus.REFERRED);
		notReferredBy(actor);
		moveTo(ActivityStatus.RETURNED, actor, DecisionReason.of(reason).text(), now);
	}

	/** The office refers a recorded activity it finds hard to judge (难以评定) to the evaluation group. */
	void refer(CurrentUser actor, String reason, Instant now) {
		notAboutThemselves(actor);
		status.requireOneOf(ActivityStatus.RECORDED);
		moveTo(ActivityStatus.REFERRED, actor, DecisionReason.of(reason).text(), now);
	}

	/** The evaluation group revokes a verified record, with a reason; the ledger reverses its points. */
	void revoke(CurrentUser actor, String reason, Instant now) {
		notAboutThemselves(actor);
		status.requireOneOf(ActivityStatus.VERIFIED);
		moveTo(ActivityStatus.REVOKED, actor, DecisionReason.of(reason).text(), now);
	}

	/**
	 * The representative or their workstation amends a returned record; it goes back to
	 * {@code SUBMITTED}. {@code details} must have been checked.
	 */
	void amend(CurrentUser actor, ActivityDetails details, Instant now) {
		status.requireOneOf(ActivityStatus.RETURNED);
		this.details = details.normalized();
		moveTo(ActivityStatus.SUBMITTED, actor, null, now);
	}

	/**
	 * Its casework source was withdrawn or found invalid: a verified record is revoked (the ledger
	 * reverses its points), one not yet decided is rejected, each with the reason. Not a decision
	 * about the representative, so the one who withdraws their own proposal may do it.
	 * @return whether the record moved (a rejected or revoked record stays as it is)
	 */
	boolean withdraw(CurrentUser actor, String reason, Instant now) {
		if (!status.isLive()) {
			return false;
		}
		String why = DecisionReason.of(reason).text();
		moveTo(status == ActivityStatus.VERIFIED ? ActivityStatus.REVOKED : ActivityStatus.REJECTED, actor, why, now);
		return true;
	}

	private void checkSatisfaction(boolean required) {
		if (required && details.satisfaction() == null) {
			throw Problem.Invalid.field("satisfaction", "activities.validation.satisfaction-required");
		}
	}

	private void notAboutThemselves(CurrentUser actor) {
		if (isAbout(actor)) {
			throw new Problem.Forbidden("activities.problem.own-record");
		}
	}

	/** A referral asks for a second judgement: who referred the record does not decide it too. */
	private void notReferredBy(CurrentUser actor) {
		if (status == ActivityStatus.REFERRED && history.get(history.size() - 1).byUsername().equals(actor.username())) {
			throw new Problem.Forbidden("activities.problem.own-referral");
		}
	}

	/** Whether this record is about the user (they are its representative). */
	public boolean isAbout(CurrentUser user) {
		return ConflictOfInterest.concerns(user, representativeId);
	}

	private void moveTo(ActivityStatus next, CurrentUser actor, String reason, Instant now) {
		status = next;
		updatedAt = now;
		history.add(new ActivityHistory(next, actor.username(), now, reason));
	}

	/** The details as they stand, for a form that amends the record. */
	public ActivityDetails details() {
		return details;
	}

	/** The cycle (积分周期) the record counts in: the calendar year of the day it took place. */
	public int cycle() {
		return details.occurredOn().getYear();
	}

	/** The reason of the latest transition that gave one (why it was returned, rejected or referred). */
	public Optional<String> latestReason() {
		return history.stream().map(ActivityHistory::reason).filter(Objects::nonNull).reduce((older, newer) -> newer);
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

	public long representativeId() {
		return representativeId;
	}

	public int itemCode() {
		return details.itemCode();
	}

	public LocalDate occurredOn() {
		return details.occurredOn();
	}

	public String title() {
		return details.title();
	}

	public Optional<Satisfaction> satisfaction() {
		return Optional.ofNullable(details.satisfaction());
	}

	public ActivityStatus status() {
		return status;
	}

	public Optional<RecordSource> source() {
		return sourceType == null || sourceId == null ? Optional.empty() : Optional.of(new RecordSource(sourceType, sourceId));
	}

	public Optional<Long> collectiveId() {
		return Optional.ofNullable(collectiveId);
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** Every transition, oldest first. */
	public List<ActivityHistory> history() {
		return Collections.unmodifiableList(history);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ActivityRecord other && id != null && Objects.equals(id, other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}
}
