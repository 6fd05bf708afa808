package cn.lvzhi.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ReviewsInProgress;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Review requests (复核申请): a representative asks about a decision on their own record — a
 * rejected one, or a verified one whose points they dispute — at most one open request per
 * record; the evaluation group decides each once, and an amendment is carried out in the same
 * transaction as the decision (if it fails, the request stays open). Reading them is
 * {@link ReviewQueries}'. Unknown: 404; another's: 403 ({@link CasePolicy}).
 */
@Service
@Transactional
public class Reviews implements ReviewsInProgress {

	private final ReviewRepository reviews;

	private final Activities activities;

	private final Amendments amendments;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviews(ReviewRepository reviews, Activities activities, Amendments amendments, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.activities = activities;
		this.amendments = amendments;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A representative asks for a review of their own record, with a reason: 422 without a record
	 * or reason, 404 unknown record, 403 another's record, 409 a record not rejected or verified,
	 * or one with an open review already.
	 */
	public ReviewRequest request(CurrentUser user, Long activityId, String reason) {
		CasePolicy.requireRepresentative(user);
		var violations = new ArrayList<FieldViolation>();
		if (activityId == null) {
			violations.add(new FieldViolation("activityId", "validation.required"));
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null) {
			violations.add(new FieldViolation("reason", "validation.required"));
		}
		else if (why.length() > ReviewRequest.REASON_MAX) {
			violations.add(new FieldViolation("reason", "validation.too-long", ReviewRequest.REASON_MAX));
		}
		ActivityRecord record = activityId == null ? null : activities.getFor(user, activityId);
		if (record != null) {
			CasePolicy.requireOwnRecord(user, record.representativeId());
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		if (!CasePolicy.reviewable(record.status())) {
			throw new Problem.Conflict("evaluation.problem.not-reviewable", record.status().name());
		}
		if (underReview(record.id())) {
			throw new Problem.Conflict("evaluation.problem.review-open");
		}
		ReviewRequest review;
		try {
			review = reviews.save(ReviewRequest.open(user.districtId(), record.id(), record.representativeId(), why,
					user.username(), clock.instant()));
		}
		catch (DataIntegrityViolationException raced) {
			// the unique index on the open review of a record: someone asked at the same moment
			throw new Problem.Conflict("evaluation.problem.review-open");
		}
		events.publishEvent(new ReviewRequested(review.districtId(), review.id(), review.activityId(),
				review.representativeId()));
		return review;
	}

	/**
	 * The evaluation group decides an open request: 404 unknown, 403 a request about the member
	 * themself ({@link ConflictOfInterest}, audited), 409 decided already, 422 an incomplete
	 * decision; a 409, 422 or 403 of the amendment (the record no longer in a state that allows
	 * it, a closed cycle) leaves it open.
	 */
	public ReviewRequest decide(CurrentUser user, long id, Decision decision) {
		CasePolicy.requireGroup(user);
		ReviewRequest review = reviews.get(user.districtId(), id);
		CasePolicy.requireNotAbout(user, review.representativeId(), ConflictOfInterest.Decision.REVIEW, id,
				events::publishEvent);
		if (review.status() != CaseStatus.OPEN) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		Decision checked = decision.checked();
		amendments.carryOut(user, review.activityId(), review.representativeId(), checked);
		review.decide(checked, user.username(), clock.instant());
		try {
			review = reviews.save(review);
		}
		catch (ConcurrencyFailureException raced) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		events.publishEvent(new CaseDecided(review.districtId(), CaseDecided.REVIEW, review.id(), checked.outcome(),
				checked.amendment(), checked.reason()));
		return review;
	}

	/**
	 * Whether a record has an open request (the review form's notice; the record's evidence, to
	 * which its representative may then add).
	 */
	@Override
	@Transactional(readOnly = true)
	public boolean underReview(long activityId) {
		return jdbc.sql("select count(*) from review_request where open_activity_id = ?")
			.param(activityId)
			.query(Long.class)
			.single() > 0;
	}
}
