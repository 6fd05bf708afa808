package cn.lvzhi.yearend;

import java.util.function.Consumer;

import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may read and grade the year-end evaluation (DOMAIN.md 10), in one place: the services
 * ({@link YearEndSheets}, {@link YearEndOverviews}, {@link YearEndEvaluations}) enforce it, the
 * pages draw the evaluation form and the way back to the overview from it.
 * <ul>
 * <li>The office and the evaluation group read the year of every representative of their
 * district, a representative their own.</li>
 * <li>The office and the evaluation group read the overview of a year and export it.</li>
 * <li>The evaluation group grades a representative's year, but nobody their own
 * ({@link ConflictOfInterest}: refused and audited).</li>
 * </ul>
 * Which representatives are of the district (404 for another's) is the roster's to answer. Pure:
 * no state but the user's standing, no Spring.
 */
public final class YearEndPolicy {

	private final CurrentUser user;

	private final boolean office;

	private final boolean group;

	/** The year is about the user: their account is linked to its representative. */
	private final boolean about;

	/** The user acts as the representative the year is about. */
	private final boolean self;

	private YearEndPolicy(CurrentUser user, long representativeId) {
		this.user = user;
		this.office = user.has(Role.OFFICE);
		this.group = user.has(Role.EVALUATION_GROUP);
		this.about = ConflictOfInterest.concerns(user, representativeId);
		this.self = about && user.has(Role.REPRESENTATIVE);
	}

	/** The policy for {@code user} and the year of one representative. */
	public static YearEndPolicy of(CurrentUser user, long representativeId) {
		return new YearEndPolicy(user, representativeId);
	}

	// ---- the whole district ---------------------------------------------------------------------

	/** Whether the user reads the overview of a year and exports it: the evaluation group and the office. */
	public static boolean readsOverview(CurrentUser user) {
		return user.readsWholeDistrict();
	}

	/** Refuses (403) the overview and its export to anybody but the evaluation group and the office. */
	public static void requireOverview(CurrentUser user) {
		if (!readsOverview(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}

	/** Whether the user grades years at all: the evaluation group. */
	public static boolean grades(CurrentUser user) {
		return user.has(Role.EVALUATION_GROUP);
	}

	// ---- one representative's year --------------------------------------------------------------

	/** Whether the user reads this representative's year: the office, the group, the representative. */
	public boolean readsSheet() {
		return office || group || self;
	}

	/** Refuses (403) the representative's year to a user who does not read it. */
	public void requireSheet() {
		if (!readsSheet()) {
			throw new Problem.Forbidden("yearend.problem.not-yours");
		}
	}

	/** Whether the year is the user's own (their account is linked to its representative). */
	public boolean own() {
		return about;
	}

	/** Whether the user may grade this representative's year: the evaluation group, not about themself. */
	public boolean mayGrade() {
		return group && !about;
	}

	/**
	 * Refuses (403) a user who grades no year at all; asked before the representative is looked up,
	 * as a 403 comes before a 404 for them.
	 */
	public void requireGrader() {
		if (!grades(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}

	/**
	 * Refuses (403) grading the user's own year; the refusal is handed to {@code audit} first
	 * ({@link ConflictOfInterest#check}).
	 */
	public void requireNotOwn(Object recordId, Consumer<Object> audit) {
		ConflictOfInterest.check(user, about, ConflictOfInterest.Decision.YEAR_END_GRADE, recordId, audit);
	}
}
