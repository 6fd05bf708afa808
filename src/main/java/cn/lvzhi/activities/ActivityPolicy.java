package cn.lvzhi.activities;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what to the activity records of one representative (DOMAIN.md 4), in one place:
 * {@link Activities} enforces it, the record page draws its buttons from it
 * ({@link ActivityAction#of}) and the evidence files ask it before an upload.
 * <ul>
 * <li>The representative themself reports their activity ({@code SUBMITTED}), amends it when it is
 * returned, and adds evidence while it is open, or decided (verified, rejected) while their review
 * request about it is open.</li>
 * <li>The staff of the representative's community or industry workstation enter records for them
 * ({@code RECORDED}, also in a collective activity), record their reports, amend a returned record
 * and add evidence until it is decided.</li>
 * <li>The office enters records for anybody of the district, verifies, rejects and returns them,
 * refers one it finds hard to judge to the evaluation group (DOMAIN.md 12), and adds evidence
 * until a record is revoked.</li>
 * <li>The evaluation group verifies a rejected record after a review, verifies, rejects or returns
 * a referred one (it is theirs alone then), and revokes a verified one.</li>
 * <li>Nobody verifies, rejects, returns, refers or revokes a record about themself (the aggregate
 * guards this too).</li>
 * </ul>
 * The facts it needs come from outside: whether the user works at the representative's
 * workstation ({@code Representative#hasStaff}, the roster's rule) and whether a review about the
 * record is open ({@link ReviewsInProgress}, asked only when the answer matters). Which state
 * each transition starts from is also {@link ActivityRecord}'s to guard; {@code ActivityPolicyTests}
 * and {@code ActivityActionTests} hold the two to each other. Pure: no state but the user's
 * standing, no Spring.
 */
public final class ActivityPolicy {

	/** How the office or the evaluation group verifies a record. */
	public enum Verification {

		/** The office verifies a recorded activity. */
		BY_OFFICE,
		/** The evaluation group verifies a rejected record after a review or complaint, with a reason. */
		AFTER_REVIEW,
		/** The evaluation group verifies a record the office referred to it (DOMAIN.md 12), with a reason. */
		ON_REFERRAL

	}

	private static final String REFERRED_TO_GROUP = "activities.problem.referred";

	private final boolean office;

	private final boolean evaluation;

	/** The record is about the user: their account is linked to its representative. */
	private final boolean about;

	/** The user acts as the representative the record is about. */
	private final boolean self;

	/** The user works at the representative's community or industry workstation. */
	private final boolean staff;

	private ActivityPolicy(CurrentUser user, long representativeId, boolean staffOfRepresentative) {
		this.office = user.has(Role.OFFICE);
		this.evaluation = user.has(Role.EVALUATION_GROUP);
		this.about = ConflictOfInterest.concerns(user, representativeId);
		this.self = about && user.has(Role.REPRESENTATIVE);
		this.staff = staffOfRepresentative;
	}

	/**
	 * The policy for {@code user} and the records of one representative;
	 * {@code staffOfRepresentative} is {@code Representative#hasStaff(user)}.
	 */
	public static ActivityPolicy of(CurrentUser user, long representativeId, boolean staffOfRepresentative) {
		return new ActivityPolicy(user, representativeId, staffOfRepresentative);
	}

	/** The policy for {@code user} and the representative of {@code record}. */
	public static ActivityPolicy of(CurrentUser user, ActivityRecord record, boolean staffOfRepresentative) {
		return of(user, record.representativeId(), staffOfRepresentative);
	}

	// ---- entering records -----------------------------------------------------------------------

	/**
	 * The state a record that the user enters for the representative starts in: {@code SUBMITTED}
	 * when they report their own activity, {@code RECORDED} when the office or the
	 * representative's workstation staff enter it.
	 * @throws Problem.Forbidden for anybody else
	 */
	public ActivityStatus entry() {
		if (self) {
			return ActivityStatus.SUBMITTED;
		}
		requireCollectiveEntry();
		return ActivityStatus.RECORDED;
	}

	/**
	 * Refuses (403) to let the user enter the representative as a participant of a collective
	 * activity: only the office and the representative's workstation staff do.
	 */
	public void requireCollectiveEntry() {
		if (!office && !staff) {
			throw new Problem.Forbidden("activities.problem.not-yours");
		}
	}

	// ---- acting on a record ---------------------------------------------------------------------

	/** The actions open to the user on a record in {@code status}, for the buttons of its page. */
	public Set<ActivityAction> actions(ActivityStatus status, BooleanSupplier underReview) {
		var actions = EnumSet.noneOf(ActivityAction.class);
		for (ActivityAction action : ActivityAction.values()) {
			if (may(action, status, underReview)) {
				actions.add(action);
			}
		}
		return actions;
	}

	/**
	 * Whether the user may take {@code action} on a record in {@code status} now;
	 * {@code underReview} says whether a review request about it is open.
	 */
	public boolean may(ActivityAction action, ActivityStatus status, BooleanSupplier underReview) {
		if (!takesPartIn(action) || action.isDecision() && about) {
			return false;
		}
		return switch (action) {
			case RECORD -> status == ActivityStatus.SUBMITTED;
			case VERIFY -> office && status == ActivityStatus.RECORDED
					|| evaluation && (status == ActivityStatus.REJECTED || status == ActivityStatus.REFERRED);
			case REJECT -> office && (status == ActivityStatus.SUBMITTED || status == ActivityStatus.RECORDED)
					|| evaluation && status == ActivityStatus.REFERRED;
			case RETURN -> office && status == ActivityStatus.RECORDED || evaluation && status == ActivityStatus.REFERRED;
			case REFER -> status == ActivityStatus.RECORDED;
			case REVOKE -> status == ActivityStatus.VERIFIED;
			case AMEND -> status == ActivityStatus.RETURNED;
			case ADD_EVIDENCE -> office && status != ActivityStatus.REVOKED || staff && !status.isDecided()
					|| self && (status.isOpen() || status.isDecided() && status != ActivityStatus.REVOKED
							&& underReview.getAsBoolean());
		};
	}

	/**
	 * Whether the user is one of those who take {@code action} on the representative's records at
	 * all, whatever their state.
	 */
	public boolean takesPartIn(ActivityAction action) {
		return switch (action) {
			case RECORD -> staff;
			case VERIFY, REJECT, RETURN -> office || evaluation;
			case REFER -> office;
			case REVOKE -> evaluation;
			case AMEND -> self || staff;
			case ADD_EVIDENCE -> self || staff || office;
		};
	}

	/**
	 * Refuses (403) a user who takes no part in {@code action}; the state of the record and a
	 * decision about oneself are the aggregate's to refuse.
	 */
	public void requirePartIn(ActivityAction action) {
		if (!takesPartIn(action)) {
			throw new Problem.Forbidden(switch (action) {
				case RECORD, AMEND -> "activities.problem.not-yours";
				case VERIFY, REJECT, RETURN, REFER, REVOKE -> "problem.forbidden";
				case ADD_EVIDENCE -> "evidence.problem.forbidden";
			});
		}
	}

	/**
	 * Which verification the user makes of a record in {@code status}: the office verifies, unless
	 * the record is rejected and the user is also in the evaluation group, who verify after a
	 * review; a referred record only the evaluation group verifies.
	 * @throws Problem.Forbidden when the user verifies nothing
	 * @throws Problem.Conflict when the record is referred and the user is not in the evaluation group
	 */
	public Verification verification(ActivityStatus status) {
		if (status == ActivityStatus.REFERRED && evaluation) {
			return Verification.ON_REFERRAL;
		}
		if (status == ActivityStatus.REFERRED && office) {
			throw new Problem.Conflict(REFERRED_TO_GROUP);
		}
		if (office && !(status == ActivityStatus.REJECTED && evaluation)) {
			return Verification.BY_OFFICE;
		}
		if (evaluation) {
			return Verification.AFTER_REVIEW;
		}
		throw new Problem.Forbidden("problem.forbidden");
	}

	/**
	 * Refuses a rejection or return ({@code action}) out of turn: 403 for a user who takes no part in
	 * it, 409 for the office on a record referred to the evaluation group (it is the group's to
	 * decide now, DOMAIN.md 12) and for the evaluation group on any record not referred to it. The
	 * record's state and a decision about oneself are the aggregate's to refuse.
	 */
	public void requireTurn(ActivityAction action, ActivityStatus status) {
		requirePartIn(action);
		if (status == ActivityStatus.REFERRED && !evaluation) {
			throw new Problem.Conflict(REFERRED_TO_GROUP);
		}
		if (status != ActivityStatus.REFERRED && !office) {
			throw new Problem.Conflict("activities.problem.wrong-state", status.name());
		}
	}

	/**
	 * Refuses adding evidence to a record in {@code status}: 403 for a user who never adds
	 * evidence to it, 409 for one who may not at this moment.
	 */
	public void requireEvidence(ActivityStatus status, BooleanSupplier underReview) {
		requirePartIn(ActivityAction.ADD_EVIDENCE);
		if (!may(ActivityAction.ADD_EVIDENCE, status, underReview)) {
			throw new Problem.Conflict("evidence.problem.closed");
		}
	}
}
