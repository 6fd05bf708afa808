package cn.lvzhi.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ReviewsInProgress;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.shared.Role;

/**
 * Review requests (复核申请): a representative asks about a decision on their own record — a
 * rejected one, or a verified one whose points they dispute — at most one open request per
 * record; the evaluation group decides each once, and an amendment is carried out in the same
 * transaction as the decision (if it fails, the request stays open). The group sees every request
 * of its district; a representative their own. Unknown: 404; another's: 403.
 */
@Service
@Transactional
public class Reviews implements ReviewsInProgress {

	/** The states of a record that a representative may ask to have reviewed. */
	public static final List<ActivityStatus> REVIEWABLE = List.of(ActivityStatus.REJECTED, ActivityStatus.VERIFIED);

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
		if (!user.has(Role.REPRESENTATIVE) || user.representativeId().isEmpty()) {
			throw new Problem.Forbidden("evaluation.problem.not-representative");
		}
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
		if (record != null && !record.isAbout(user)) {
			throw new Problem.Forbidden("evaluation.problem.not-your-record");
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		if (!REVIEWABLE.contains(record.status())) {
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
		requireGroup(user);
		ReviewRequest review = load(user.districtId(), id);
		ConflictOfInterest.check(user, review.representativeId(), ConflictOfInterest.Decision.REVIEW, id,
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

	/** A request the user may read: the evaluation group any of the district, a representative their own. */
	@Transactional(readOnly = true)
	public ReviewRequest get(CurrentUser user, long id) {
		ReviewRequest review = load(user.districtId(), id);
		if (user.has(Role.EVALUATION_GROUP)
				|| user.has(Role.REPRESENTATIVE) && user.representativeId().map(r -> r == review.representativeId()).orElse(false)) {
			return review;
		}
		throw new Problem.Forbidden("evaluation.problem.not-yours");
	}

	/**
	 * A page of the requests the user may see, newest first: the evaluation group all of the
	 * district, a representative their own; anybody else 403.
	 */
	@Transactional(readOnly = true)
	public PageResult<ReviewRequest> list(CurrentUser user, CaseStatus status, PageQuery page) {
		var where = new StringBuilder(" from review_request where district_id = :district");
		Map<String, Object> params = new HashMap<>();
		params.put("district", user.districtId());
		if (!user.has(Role.EVALUATION_GROUP)) {
			if (!user.has(Role.REPRESENTATIVE) || user.representativeId().isEmpty()) {
				throw new Problem.Forbidden("problem.forbidden");
			}
			where.append(" and representative_id = :self");
			params.put("self", user.representativeId().get());
		}
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status.name());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		params.put("size", page.size());
		params.put("offset", page.offset());
		List<Long> ids = jdbc.sql("select id" + where + " order by requested_at desc, id desc limit :size offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		Map<Long, ReviewRequest> byId = new HashMap<>();
		reviews.findAllById(ids).forEach(r -> byId.put(r.id(), r));
		return page.result(ids.stream().map(byId::get).toList(), total);
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

	/** Every open request of the district, oldest first (the inbox). */
	@Transactional(readOnly = true)
	List<ReviewRequest> open(long districtId) {
		List<Long> ids = jdbc
			.sql("select id from review_request where district_id = ? and status = 'OPEN' order by requested_at, id")
			.param(districtId)
			.query(Long.class)
			.list();
		Map<Long, ReviewRequest> byId = new HashMap<>();
		reviews.findAllById(ids).forEach(r -> byId.put(r.id(), r));
		return ids.stream().map(byId::get).toList();
	}

	private ReviewRequest load(long districtId, long id) {
		return reviews.findById(id)
			.filter(r -> r.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("evaluation.problem.review-not-found", id));
	}

	static void requireGroup(CurrentUser user) {
		if (!user.has(Role.EVALUATION_GROUP)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}
}
