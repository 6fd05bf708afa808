package cn.lvzhi.activities.evidence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ActivityPolicy;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ReviewsInProgress;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * Who may see and add the evidence of an activity record. Reads the record's representative,
 * status and district from the {@code activity} table (locking it for an upload). Seeing follows
 * the rule for reading the record itself, the roster's {@code Representatives#readableBy}.
 * <ul>
 * <li>See (list, download): the representative themself, staff of their community or industry
 * workstation, the office, the evaluation group. Anybody else: 403.</li>
 * <li>Add: as {@link ActivityPolicy} says (the representative while the record is open, or decided
 * while their review request about it is open; their workstation's staff until it is decided; the
 * office until it is revoked). One of them at another moment: 409; anybody else: 403.</li>
 * </ul>
 * A record of another district is unknown: 404.
 */
@Component
class EvidenceAccess {

	private final JdbcClient jdbc;

	private final Representatives representatives;

	private final ReviewsInProgress reviews;

	EvidenceAccess(JdbcClient jdbc, Representatives representatives, ReviewsInProgress reviews) {
		this.jdbc = jdbc;
		this.representatives = representatives;
		this.reviews = reviews;
	}

	/** The columns of an activity record that decide who may touch its evidence. */
	record ActivityRef(long id, long districtId, long representativeId, ActivityStatus status) {
	}

	/** The record if the user may see its evidence. */
	ActivityRef toRead(CurrentUser user, long activityId) {
		ActivityRef activity = find(user, activityId, false);
		// The same rule as for reading the record itself (Activities#getFor): the roster's.
		boolean readable = representatives.find(activity.representativeId())
			.map(r -> representatives.readableBy(user, r))
			.orElse(false);
		if (!readable) {
			throw new Problem.Forbidden("evidence.problem.forbidden");
		}
		return activity;
	}

	/**
	 * The record, locked until the end of the transaction, if the user may add evidence to it
	 * now. The lock makes the state and the number of attachments hold until the upload commits.
	 */
	ActivityRef toAdd(CurrentUser user, long activityId) {
		ActivityRef activity = find(user, activityId, true);
		boolean staff = representatives.find(activity.representativeId()).map(r -> r.hasStaff(user)).orElse(false);
		ActivityPolicy.of(user, activity.representativeId(), staff)
			.requireEvidence(activity.status(), () -> reviews.underReview(activityId));
		return activity;
	}

	private ActivityRef find(CurrentUser user, long activityId, boolean lock) {
		Optional<ActivityRef> found = jdbc
			.sql("select id, district_id, representative_id, status from activity where id = ?"
					+ (lock ? " for update" : ""))
			.param(activityId)
			.query((rs, n) -> new ActivityRef(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					ActivityStatus.valueOf(rs.getString(4))))
			.optional();
		return found.filter(a -> a.districtId() == user.districtId())
			.orElseThrow(() -> new Problem.NotFound("evidence.problem.activity-not-found", activityId));
	}
}
