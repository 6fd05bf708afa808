package cn.lvzhi.casework;

import java.util.Collection;
import java.util.Optional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what with inspections, inquiries and written opinions (the casework entered once
 * with its participants), in one place: {@link Inspections}, {@link Inquiries},
 * {@link WrittenOpinions} and {@link CollectiveCaseQueries} enforce it, the pages draw their
 * buttons from it.
 * <ul>
 * <li>Enter one: the office, for any representatives of the district; workstation staff, for the
 * representatives of their workstation only (as collective activities, whose records it
 * creates).</li>
 * <li>Read one: the office and the evaluation group (the whole district), its participants, and
 * the staff of a participant's community or industry workstation.</li>
 * <li>Follow one up — write the inspection's report and add its file, write down the
 * department's answer, add the opinion's document: the office, the staff of a participant's
 * workstation, and the participants themselves, who did the work. The evaluation group reads
 * them and decides reviews; it does not write them.</li>
 * <li>List them: the whole district for the office and the group, those with a representative of
 * their workstation for staff, their own for a representative.</li>
 * </ul>
 * Whether a report, answer or document exists already is the case's to guard (409). Pure: the
 * facts about the roster come in as a {@link Standing}; no Spring.
 */
public final class CollectiveCasePolicy {

	private CollectiveCasePolicy() {
	}

	/**
	 * How the user stands to a case's participants: is one of them (a representative linked to
	 * one), works at the workstation of one of them.
	 */
	public record Standing(boolean participant, boolean staff) {

		/**
		 * The standing of {@code user} to the case of {@code participantIds};
		 * {@code staffOfAParticipant} is whether {@code Representative#hasStaff(user)} holds for one.
		 */
		public static Standing of(CurrentUser user, Collection<Long> participantIds, boolean staffOfAParticipant) {
			boolean participant = user.has(Role.REPRESENTATIVE)
					&& user.representativeId().map(participantIds::contains).orElse(false);
			return new Standing(participant, staffOfAParticipant && user.has(Role.WORKSTATION_STAFF));
		}
	}

	/** Whose cases a list shows: the whole district, or those with a participant of a workstation, or one's own. */
	public record Scope(boolean wholeDistrict, Optional<Long> workstationId, Optional<Long> representativeId) {
	}

	// ---- entering -------------------------------------------------------------------------------

	/** Whether the user enters these cases at all: the office, or staff with a workstation. */
	public static boolean enters(CurrentUser user) {
		return user.has(Role.OFFICE) || user.has(Role.WORKSTATION_STAFF) && user.workstationId().isPresent();
	}

	/** Refuses (403) an entry by anybody but the office and workstation staff. */
	public static void requireEntry(CurrentUser user) {
		if (!enters(user)) {
			throw new Problem.Forbidden("collective-case.problem.not-entering");
		}
	}

	/**
	 * Whether the user may enter a representative as a participant; {@code staffOfRepresentative}
	 * is {@code Representative#hasStaff(user)}.
	 */
	public static boolean entersFor(CurrentUser user, boolean staffOfRepresentative) {
		return user.has(Role.OFFICE) || staffOfRepresentative && user.has(Role.WORKSTATION_STAFF);
	}

	/** Refuses (403) a participant the user does not enter records for. */
	public static void requireEntryFor(CurrentUser user, boolean staffOfRepresentative) {
		if (!entersFor(user, staffOfRepresentative)) {
			throw new Problem.Forbidden("collective-case.problem.not-your-representative");
		}
	}

	// ---- one case -------------------------------------------------------------------------------

	/** Whether the user reads a case: the whole district's readers, its participants, their staff. */
	public static boolean reads(CurrentUser user, Standing standing) {
		return user.readsWholeDistrict() || standing.participant() || standing.staff();
	}

	/** Refuses (403) a case the user does not read. */
	public static void requireRead(CurrentUser user, Standing standing) {
		if (!reads(user, standing)) {
			throw new Problem.Forbidden("collective-case.problem.not-yours");
		}
	}

	/** Whether the user writes a case's report, answer or document: the office, its participants, their staff. */
	public static boolean followsUp(CurrentUser user, Standing standing) {
		return user.has(Role.OFFICE) || standing.participant() || standing.staff();
	}

	/** Refuses (403) a report, answer or document by anybody else. */
	public static void requireFollowUp(CurrentUser user, Standing standing) {
		if (!followsUp(user, standing)) {
			throw new Problem.Forbidden("collective-case.problem.not-following-up");
		}
	}

	// ---- lists ----------------------------------------------------------------------------------

	/**
	 * Whose cases the user lists: the whole district for the office and the group; otherwise
	 * those of their workstation's representatives (staff) and their own (a representative), both
	 * for somebody who is both.
	 * @throws Problem.Forbidden for anybody else
	 */
	public static Scope listed(CurrentUser user) {
		if (user.readsWholeDistrict()) {
			return new Scope(true, Optional.empty(), Optional.empty());
		}
		Optional<Long> workstation = user.has(Role.WORKSTATION_STAFF) ? user.workstationId() : Optional.empty();
		Optional<Long> self = user.has(Role.REPRESENTATIVE) ? user.representativeId() : Optional.empty();
		if (workstation.isEmpty() && self.isEmpty()) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		return new Scope(false, workstation, self);
	}
}
