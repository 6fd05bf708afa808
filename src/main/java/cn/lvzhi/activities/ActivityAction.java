package cn.lvzhi.activities;

import java.util.EnumSet;
import java.util.Set;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * What a user may do next with a record, so that a page shows only the buttons that will work.
 * It states the same workflow as {@link ActivityRecord} and {@link Activities} (which still
 * enforce it: a stale page gets 409 or 403, never a wrong transition), next to them so that the
 * two are changed together; {@code ActivityActionTests} holds them to each other.
 */
public enum ActivityAction {

	/** Record and forward a reported activity (staff of the representative's workstation). */
	RECORD,
	/** Verify a recorded activity (the office), or a rejected one after a review (the evaluation group). */
	VERIFY,
	/** Reject a reported or recorded activity (the office). */
	REJECT,
	/** Return a recorded activity for more information (the office). */
	RETURN,
	/** Revoke a verified record (the evaluation group). */
	REVOKE,
	/** Amend a returned record (the representative, the staff of their workstation). */
	AMEND,
	/**
	 * Add evidence files (the representative while open or while their review of the decided record
	 * is open, staff until decided, the office until revoked).
	 */
	ADD_EVIDENCE;

	/**
	 * The actions open to {@code user} on {@code record}; {@code staffOfRepresentative} says
	 * whether the user works at the representative's community or industry workstation,
	 * {@code underReview} whether a review request about the record is open.
	 */
	public static Set<ActivityAction> of(CurrentUser user, ActivityRecord record, boolean staffOfRepresentative,
			boolean underReview) {
		var actions = EnumSet.noneOf(ActivityAction.class);
		ActivityStatus status = record.status();
		boolean self = user.has(Role.REPRESENTATIVE) && record.isAbout(user);
		boolean staff = user.has(Role.WORKSTATION_STAFF) && staffOfRepresentative;
		boolean office = user.has(Role.OFFICE);
		boolean evaluation = user.has(Role.EVALUATION_GROUP);
		boolean about = record.isAbout(user);
		if (staff && status == ActivityStatus.SUBMITTED) {
			actions.add(RECORD);
		}
		if (!about && (office && status == ActivityStatus.RECORDED
				|| evaluation && status == ActivityStatus.REJECTED)) {
			actions.add(VERIFY);
		}
		if (!about && office && (status == ActivityStatus.SUBMITTED || status == ActivityStatus.RECORDED)) {
			actions.add(REJECT);
		}
		if (!about && office && status == ActivityStatus.RECORDED) {
			actions.add(RETURN);
		}
		if (!about && evaluation && status == ActivityStatus.VERIFIED) {
			actions.add(REVOKE);
		}
		if ((self || staff) && status == ActivityStatus.RETURNED) {
			actions.add(AMEND);
		}
		boolean open = status == ActivityStatus.SUBMITTED || status == ActivityStatus.RETURNED;
		boolean undecided = status != ActivityStatus.VERIFIED && status != ActivityStatus.REJECTED
				&& status != ActivityStatus.REVOKED;
		boolean reviewed = underReview && (status == ActivityStatus.REJECTED || status == ActivityStatus.VERIFIED);
		if (self && (open || reviewed) || staff && undecided || office && status != ActivityStatus.REVOKED) {
			actions.add(ADD_EVIDENCE);
		}
		return actions;
	}
}
