package cn.lvzhi.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what with the evaluation group's cases — review requests and complaints — in one
 * place: {@link Reviews}, {@link Complaints}, {@link ReviewQueries}, {@link ComplaintQueries} and
 * the {@link Inbox} enforce it, the pages draw their forms and contacts from it.
 * <ul>
 * <li>A representative asks for a review of a decision on their own record, when it is rejected
 * or verified ({@link #REVIEWABLE}), and reads their own requests.</li>
 * <li>The evaluation group reads every case of its district (its inbox, the complaints with
 * their contacts) and decides them, but nobody a case about themself ({@link ConflictOfInterest}:
 * refused and audited; a member also sees such a complainant's contact masked).</li>
 * <li>Anybody, also without an account, submits a complaint (the page and API are open).</li>
 * </ul>
 * Whether a record has an open review already is {@link Reviews#underReview}'s to answer, whether
 * a case is still open the aggregate's. Pure: no state, no Spring.
 */
public final class CasePolicy {

	/** The states of a record that a representative may ask to have reviewed. */
	public static final List<ActivityStatus> REVIEWABLE = List.of(ActivityStatus.REJECTED, ActivityStatus.VERIFIED);

	private CasePolicy() {
	}

	// ---- the evaluation group -------------------------------------------------------------------

	/** Whether the user handles cases at all (reads them, the inbox, and decides): the evaluation group. */
	public static boolean handlesCases(CurrentUser user) {
		return user.has(Role.EVALUATION_GROUP);
	}

	/** Refuses (403) the cases, the complaints and the inbox to anybody but the evaluation group. */
	public static void requireGroup(CurrentUser user) {
		if (!handlesCases(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}

	/** Whether the user decides a case about this representative (none: {@code null}): the group, not about themself. */
	public static boolean decides(CurrentUser user, Long representativeId) {
		return handlesCases(user) && !ConflictOfInterest.concerns(user, representativeId);
	}

	/**
	 * Refuses (403) a decision of a case about the user themself; the refusal is handed to
	 * {@code audit} first ({@link ConflictOfInterest#check}). Whether the user is of the group at
	 * all is {@link #requireGroup}'s, asked before the case is looked up.
	 */
	public static void requireNotAbout(CurrentUser user, Long representativeId, ConflictOfInterest.Decision decision,
			Object caseId, Consumer<Object> audit) {
		ConflictOfInterest.check(user, representativeId, decision, caseId, audit);
	}

	/**
	 * Whether the user sees a complainant's contact in full: a member of the group the complaint
	 * is not about; nobody else, and nobody without an account ({@code user == null}).
	 */
	public static boolean seesContact(CurrentUser user, Complaint complaint) {
		return user != null && decides(user, complaint.representativeId().orElse(null));
	}

	// ---- review requests ------------------------------------------------------------------------

	/** Whether the user asks for reviews at all: a representative with a roster record. */
	public static boolean requestsReviews(CurrentUser user) {
		return user.has(Role.REPRESENTATIVE) && user.representativeId().isPresent();
	}

	/** Refuses (403) a review request from anybody but a representative with a roster record. */
	public static void requireRepresentative(CurrentUser user) {
		if (!requestsReviews(user)) {
			throw new Problem.Forbidden("evaluation.problem.not-representative");
		}
	}

	/** Whether a record of this representative is the user's own, to ask a review of. */
	public static boolean ownRecord(CurrentUser user, long representativeId) {
		return ConflictOfInterest.concerns(user, representativeId);
	}

	/** Refuses (403) a review of a record that is not the user's own. */
	public static void requireOwnRecord(CurrentUser user, long representativeId) {
		if (!ownRecord(user, representativeId)) {
			throw new Problem.Forbidden("evaluation.problem.not-your-record");
		}
	}

	/** Whether a record in this state may be reviewed (else 409 when asked). */
	public static boolean reviewable(ActivityStatus status) {
		return REVIEWABLE.contains(status);
	}

	/** Whether the user reads this review request: the group any of the district, a representative their own. */
	public static boolean readsReview(CurrentUser user, ReviewRequest review) {
		return handlesCases(user) || user.has(Role.REPRESENTATIVE) && ownRecord(user, review.representativeId());
	}

	/** Refuses (403) a review request the user does not read. */
	public static void requireReview(CurrentUser user, ReviewRequest review) {
		if (!readsReview(user, review)) {
			throw new Problem.Forbidden("evaluation.problem.not-yours");
		}
	}

	/**
	 * Whose review requests the user lists: everybody's of the district for the group (empty), a
	 * representative's own; anybody else is refused (403).
	 */
	public static Optional<Long> reviewsOf(CurrentUser user) {
		if (handlesCases(user)) {
			return Optional.empty();
		}
		if (!requestsReviews(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		return user.representativeId();
	}
}
