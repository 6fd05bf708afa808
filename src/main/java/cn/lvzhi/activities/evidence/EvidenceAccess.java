package cn.lvzhi.activities.evidence;

import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ReviewsInProgress;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may see and add the evidence of an activity record. Reads the record's representative,
 * status and district from the {@code activity} table (locking it for an upload). Seeing follows
 * the rule for reading the record itself, the roster's {@code Representatives#readableBy}.
 * <ul>
 * <li>See (list, download): the representative themself, staff of their community or industry
 * workstation, the office, the evaluation group. Anybody else: 403.</li>
 * <li>Add: the representative while the record is SUBMITTED or RETURNED, or REJECTED or VERIFIED
 * while their review request about it is open (new evidence for the review); their workstation's staff
 * until it is VERIFIED, REJECTED or REVOKED; the office until it is REVOKED. One of them at
 * another moment: 409; anybody else: 403.</li>
 * </ul>
 * A record of another district is unknown: 404.
 */
@Component
class EvidenceAccess {

	private static final Set<String> REPRESENTATIVE_MAY_ADD = Set.of("SUBMITTED", "RETURNED");

	private static final Set<String> REPRESENTATIVE_MAY_ADD_UNDER_REVIEW = Set.of("REJECTED", "VERIFIED");

	private static final Set<String> STAFF_MAY_NOT_ADD = Set.of("VERIFIED", "REJECTED", "REVOKED");

	private final JdbcClient jdbc;

	private final Representatives representatives;

	private final ReviewsInProgress reviews;

	EvidenceAccess(JdbcClient jdbc, Representatives representatives, ReviewsInProgress reviews) {
		this.jdbc = jdbc;
		this.representatives = representatives;
		this.reviews = reviews;
	}

	/** The columns of an activity record that decide who may touch its evidence. */
	record ActivityRef(long id, long districtId, long representativeId, String status) {
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
		boolean own = isOwn(user, activity);
		boolean staff = isStaff(user, activity);
		boolean office = user.has(Role.OFFICE);
		if (!own && !staff && !office) {
			throw new Problem.Forbidden("evidence.problem.forbidden");
		}
		String status = activity.status();
		boolean allowed = office && !status.equals("REVOKED") || staff && !STAFF_MAY_NOT_ADD.contains(status)
				|| own && (REPRESENTATIVE_MAY_ADD.contains(status)
						|| REPRESENTATIVE_MAY_ADD_UNDER_REVIEW.contains(status) && reviews.underReview(activityId));
		if (!allowed) {
			throw new Problem.Conflict("evidence.problem.closed");
		}
		return activity;
	}

	private ActivityRef find(CurrentUser user, long activityId, boolean lock) {
		Optional<ActivityRef> found = jdbc
			.sql("select id, district_id, representative_id, status from activity where id = ?"
					+ (lock ? " for update" : ""))
			.param(activityId)
			.query((rs, n) -> new ActivityRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.optional();
		return found.filter(a -> a.districtId() == user.districtId())
			.orElseThrow(() -> new Problem.NotFound("evidence.problem.activity-not-found", activityId));
	}

	private static boolean isOwn(CurrentUser user, ActivityRef activity) {
		return user.has(Role.REPRESENTATIVE)
				&& user.representativeId().map(id -> id == activity.representativeId()).orElse(false);
	}

	private boolean isStaff(CurrentUser user, ActivityRef activity) {
		return user.has(Role.WORKSTATION_STAFF)
				&& representatives.find(activity.representativeId()).map(r -> r.hasStaff(user)).orElse(false);
	}
}
