package cn.lvzhi.casework;

import java.util.EnumSet;
import java.util.Set;

import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * Who may do what with one appeal (群众诉求), in one place: {@link Appeals}, {@link AppealRatings}
 * and {@link AppealQueries} enforce it, the appeal page draws its buttons from {@link #actions}.
 * <ul>
 * <li>Register: the staff of the workstation, a representative attached to it (community or
 * industry), the office.</li>
 * <li>Proxy (代理): a representative attached to the workstation takes a received appeal on
 * themself; the workstation's staff or the office name a representative of the district (who
 * must be serving, which the record's checks say).</li>
 * <li>Assign, follow up, resolve — and see the constituent's name, phone and address in full: the
 * appeal's handlers, i.e. the workstation's staff, its proxy and the office.</li>
 * <li>Record the constituent's rating in person and issue the one-time rating link: the
 * workstation's staff and the office, but never the proxy themself (nobody acts on a case about
 * themself, DOMAIN.md 13: the rating decides the proxy's item-3 points).</li>
 * <li>Reopen a dissatisfied result, once: the proxy.</li>
 * <li>Read: the handlers; the evaluation group, which decides reviews and complaints about the
 * records an appeal creates (with the personal data masked); a representative attached to the
 * workstation while the appeal waits for a proxy (masked), so that they can take it on.
 * Auditors and administrators do not.</li>
 * </ul>
 * Whether a representative user is attached to the appeal's workstation is the roster's to
 * answer ({@code attached}). Which state each step starts from is {@link Appeal}'s to guard;
 * {@link #actions} offers only the steps that state allows. Pure: no state but the user's
 * standing, no Spring.
 */
public final class AppealPolicy {

	private final boolean office;

	private final boolean group;

	/** The user works at the appeal's workstation. */
	private final boolean staff;

	/** The user is a representative attached to the appeal's workstation. */
	private final boolean attachedRepresentative;

	/** The user acts as the appeal's proxy representative. */
	private final boolean proxy;

	/** The appeal is about the user: their account is linked to its proxy (whatever their roles). */
	private final boolean about;

	private final Long ownRepresentative;

	private AppealPolicy(CurrentUser user, long workstationId, Long proxyRepresentativeId, boolean attached) {
		this.office = user.has(Role.OFFICE);
		this.group = user.has(Role.EVALUATION_GROUP);
		this.staff = user.has(Role.WORKSTATION_STAFF) && user.workstationId().map(w -> w == workstationId).orElse(false);
		boolean representative = user.has(Role.REPRESENTATIVE) && user.representativeId().isPresent();
		this.attachedRepresentative = representative && attached;
		this.about = ConflictOfInterest.concerns(user, proxyRepresentativeId);
		this.proxy = representative && about;
		this.ownRepresentative = representative ? user.representativeId().get() : null;
	}

	/**
	 * The policy for {@code user} and an appeal of {@code workstationId} proxied by
	 * {@code proxyRepresentativeId} (none yet: {@code null}); {@code attached}: the user's roster
	 * record is attached to that workstation.
	 */
	public static AppealPolicy of(CurrentUser user, long workstationId, Long proxyRepresentativeId, boolean attached) {
		return new AppealPolicy(user, workstationId, proxyRepresentativeId, attached);
	}

	/** The policy for {@code user} and {@code appeal}. */
	public static AppealPolicy of(CurrentUser user, Appeal appeal, boolean attached) {
		return of(user, appeal.workstationId(), appeal.proxyRepresentativeId().orElse(null), attached);
	}

	/** Whether the user registers appeals at this workstation. */
	public boolean registers() {
		return office || staff || attachedRepresentative;
	}

	/** Whether the user handles the appeal: assigns, follows up, resolves, and sees the personal data. */
	public boolean handles() {
		return office || staff || proxy;
	}

	/** Whether the user sees the constituent's name, phone and address in full (every view audited). */
	public boolean seesPersonalData() {
		return handles();
	}

	/** Whether the user reads the appeal in {@code status} at all. */
	public boolean reads(AppealStatus status) {
		return handles() || group || attachedRepresentative && status == AppealStatus.RECEIVED;
	}

	/**
	 * Whether the user names {@code named} as proxy of an appeal in {@code status}: the
	 * workstation's staff or the office anybody (whether they exist and serve is checked
	 * afterwards, 422); a representative who reads the appeal themself ({@code null}: not named yet,
	 * which is then a 422). The state itself is the appeal's to guard (409).
	 */
	public boolean proxies(AppealStatus status, Long named) {
		return office || staff || (attachedRepresentative || proxy) && reads(status)
				&& (named == null || named.equals(ownRepresentative));
	}

	/** Whether the user records the constituent's rating in person or issues the rating link: not the proxy. */
	public boolean rates() {
		return (office || staff) && !about;
	}

	/** Whether the user reopens a dissatisfied result: the proxy. */
	public boolean reopens() {
		return proxy;
	}

	/** The steps the user may take on {@code appeal} as it stands: the buttons of its page. */
	public Set<AppealAction> actions(Appeal appeal) {
		var actions = EnumSet.noneOf(AppealAction.class);
		AppealStatus status = appeal.status();
		if (status == AppealStatus.RECEIVED && proxies(status, null)) {
			actions.add(AppealAction.PROXY);
		}
		if ((status == AppealStatus.RECEIVED || status == AppealStatus.PROXIED) && handles()) {
			actions.add(AppealAction.ASSIGN);
		}
		if (status.isUnresolved() && handles()) {
			actions.add(AppealAction.FOLLOW_UP);
		}
		if (status == AppealStatus.ASSIGNED && handles()) {
			actions.add(AppealAction.RESOLVE);
		}
		if (status == AppealStatus.RESOLVED && rates()) {
			actions.add(AppealAction.RATE);
			actions.add(AppealAction.RATING_LINK);
		}
		if (status == AppealStatus.RATED && reopens() && !appeal.reopened()
				&& appeal.satisfaction().orElse(null) == Satisfaction.DISSATISFIED) {
			actions.add(AppealAction.REOPEN);
		}
		return actions;
	}

	/** Whether the appeal is about the user (they are its proxy): they take no rating step on it. */
	public boolean isAbout() {
		return about;
	}

	/** Refuses (403) unless {@code allowed}. */
	static void require(boolean allowed) {
		require(allowed, "casework.problem.not-yours");
	}

	/** Refuses (403) unless {@code allowed}, saying why with {@code messageKey}. */
	static void require(boolean allowed, String messageKey) {
		if (!allowed) {
			throw new Problem.Forbidden(messageKey);
		}
	}

	/** Whether the user reads every appeal of the district: the office and the evaluation group. */
	public static boolean readsAll(CurrentUser user) {
		return user.readsWholeDistrict();
	}
}
