package cn.lvzhi.publication;

import java.util.function.BooleanSupplier;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what to the quarterly lists (DOMAIN.md 7, 8), in one place: {@link Publications}
 * and {@link Cycles} enforce it, the list pages draw their buttons from it.
 * <ul>
 * <li>The office drafts a quarter's list, discards a draft and closes a cycle after its fourth
 * quarter is published.</li>
 * <li>The evaluation group approves (publishes) a draft — not one they drafted themself (four
 * eyes, which {@link Publication} guards too), nor one that includes a change of theirs
 * ({@code ConflictOfInterest.inList}, which the caller answers).</li>
 * <li>The office and the evaluation group read drafts; everybody, also without an account, reads
 * published lists.</li>
 * </ul>
 * Pure: no state, no Spring.
 */
public final class PublicationPolicy {

	private PublicationPolicy() {
	}

	/** Whether the user drafts and discards lists and closes cycles: the office. */
	public static boolean drafts(CurrentUser user) {
		return user.has(Role.OFFICE);
	}

	/** Refuses (403) drafting, discarding and closing to anybody but the office. */
	public static void requireDrafter(CurrentUser user) {
		if (!drafts(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}

	/** Whether the user approves lists: the evaluation group. */
	public static boolean approves(CurrentUser user) {
		return user.has(Role.EVALUATION_GROUP);
	}

	/** Refuses (403) approving to anybody but the evaluation group. */
	public static void requireApprover(CurrentUser user) {
		if (!approves(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}

	/** Whether the user reads lists that are not published yet: the office and the evaluation group. */
	public static boolean readsDrafts(CurrentUser user) {
		return user.readsWholeDistrict();
	}

	/**
	 * Whether the page offers the user to approve the list: a draft, the evaluation group, not its
	 * drafter, and no change of theirs in it ({@code includesChangeByUser}, asked last: it reads
	 * the ledger).
	 */
	public static boolean mayApprove(CurrentUser user, Publication list, BooleanSupplier includesChangeByUser) {
		return list.status() == PublicationStatus.DRAFT && approves(user)
				&& !user.username().equals(list.draftedBy()) && !includesChangeByUser.getAsBoolean();
	}

	/** Whether the page offers the user to discard the list: a draft, the office. */
	public static boolean mayDiscard(CurrentUser user, Publication list) {
		return list.status() == PublicationStatus.DRAFT && drafts(user);
	}

	/**
	 * Whether the page offers the user to close the list's cycle: a published fourth quarter of a
	 * cycle not closed yet ({@code cycleClosed}), the office.
	 */
	public static boolean mayClose(CurrentUser user, Publication list, boolean cycleClosed) {
		return list.quarter() == 4 && list.isPublished() && !cycleClosed && drafts(user);
	}
}
