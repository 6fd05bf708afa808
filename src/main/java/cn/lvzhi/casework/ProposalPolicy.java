package cn.lvzhi.casework;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what with proposals, in one place: {@link Proposals}, {@link ProposalQueries} and
 * {@link ProposalDocuments} enforce it, the pages draw their buttons from {@link #actions}.
 * <ul>
 * <li>A representative drafts with themself as lead; the office registers a proposal filed on
 * paper for any lead, marks the co-signatures on the paper and attaches its document.</li>
 * <li>A co-signer confirms for themself only, while the proposal is a draft.</li>
 * <li>The lead or the office submits a draft; the office assigns handling units and records
 * their responses; the lead evaluates the answered proposal.</li>
 * <li>The lead withdraws a draft; the office withdraws (declares invalid) a proposal in any other
 * state, which withdraws its points records.</li>
 * <li>The lead, the co-signers, the office, the evaluation group and the staff of the lead's
 * workstations read it.</li>
 * </ul>
 * Nobody acts as the office on a proposal they lead or co-sign (DOMAIN.md 13, {@link ConflictOfInterest}):
 * such a user takes part as lead or co-signer only. Whether the proposal's state allows a step is
 * decided here for the buttons and guarded again by {@link Proposal}. Pure: no state, no Spring.
 */
public final class ProposalPolicy {

	private ProposalPolicy() {
	}

	/** How a user drafts: as the lead themself, or as the office registering a paper proposal. */
	public enum Drafting {
		OWN, ON_PAPER
	}

	/**
	 * How the user drafts a proposal led by {@code leadId} ({@code null}: not chosen yet): the
	 * office for anybody but themself (on paper), a representative for themself; 403 otherwise.
	 */
	public static Drafting drafting(CurrentUser user, Long leadId) {
		if (user.has(Role.OFFICE) && !ConflictOfInterest.concerns(user, leadId)
				&& !(leadId == null && representative(user))) {
			return Drafting.ON_PAPER;
		}
		if (representative(user) && (leadId == null || ConflictOfInterest.concerns(user, leadId))) {
			return Drafting.OWN;
		}
		throw new Problem.Forbidden("casework.proposal.problem.not-your-draft");
	}

	/** Whether the user drafts at all (the drafting form): a representative, or the office. */
	public static boolean drafts(CurrentUser user) {
		return representative(user) || user.has(Role.OFFICE);
	}

	/** Whether the user leads this proposal. */
	public static boolean leads(CurrentUser user, Proposal proposal) {
		return representative(user) && ConflictOfInterest.concerns(user, proposal.leadRepresentativeId());
	}

	/** Whether the user was invited to co-sign this proposal. */
	public static boolean cosigns(CurrentUser user, Proposal proposal) {
		return representative(user) && user.representativeId().map(proposal::hasCosigner).orElse(false);
	}

	/** Whether the proposal is about the user: they lead it or were invited to co-sign it. */
	public static boolean about(CurrentUser user, Proposal proposal) {
		return ConflictOfInterest.concerns(user, proposal.leadRepresentativeId())
				|| user.representativeId().map(proposal::hasCosigner).orElse(false);
	}

	/** Whether the user acts on this proposal as the office: of the office, and not about themself. */
	public static boolean actsAsOffice(CurrentUser user, Proposal proposal) {
		return user.has(Role.OFFICE) && !about(user, proposal);
	}

	/**
	 * Whether the user reads the proposal: the office and the evaluation group, its lead and
	 * co-signers, and the staff of the lead's workstations ({@code staffOfLead}, the roster's answer).
	 */
	public static boolean reads(CurrentUser user, Proposal proposal, boolean staffOfLead) {
		return user.readsWholeDistrict() || leads(user, proposal) || cosigns(user, proposal) || staffOfLead;
	}

	/** Refuses (403) a proposal the user does not read. */
	public static void requireReads(CurrentUser user, Proposal proposal, boolean staffOfLead) {
		if (!reads(user, proposal, staffOfLead)) {
			throw new Problem.Forbidden("casework.proposal.problem.not-yours");
		}
	}

	/** Whether the user takes part in the action at all on this proposal, whatever its state (else 403). */
	public static boolean takesPartIn(CurrentUser user, Proposal proposal, ProposalAction action) {
		return switch (action) {
			case CONFIRM -> cosigns(user, proposal);
			case SUBMIT, WITHDRAW -> leads(user, proposal) || actsAsOffice(user, proposal);
			case ASSIGN, REPLY, ATTACH -> actsAsOffice(user, proposal);
			case EVALUATE -> leads(user, proposal);
		};
	}

	/** Refuses (403) an action the user takes no part in on this proposal. */
	public static void requirePartIn(CurrentUser user, Proposal proposal, ProposalAction action) {
		if (!takesPartIn(user, proposal, action)) {
			throw new Problem.Forbidden("casework.proposal.problem.not-yours");
		}
	}

	/**
	 * Refuses (403) a confirmation for another representative than the user: only that
	 * representative confirms their co-signature.
	 */
	public static void requireConfirmsFor(CurrentUser user, long representativeId) {
		if (!representative(user) || !ConflictOfInterest.concerns(user, representativeId)) {
			throw new Problem.Forbidden("casework.proposal.problem.confirm-for-yourself");
		}
	}

	/** Whether the user may take the action on the proposal now: they take part, and its state allows it. */
	public static boolean may(CurrentUser user, Proposal proposal, ProposalAction action) {
		ProposalStatus s = proposal.status();
		return switch (action) {
			case CONFIRM -> cosigns(user, proposal) && s == ProposalStatus.DRAFT && !confirmed(user, proposal);
			case SUBMIT -> takesPartIn(user, proposal, action) && s == ProposalStatus.DRAFT;
			case ASSIGN -> actsAsOffice(user, proposal) && s == ProposalStatus.SUBMITTED;
			case REPLY -> actsAsOffice(user, proposal)
					&& (s == ProposalStatus.ASSIGNED || s == ProposalStatus.ANSWERED)
					&& proposal.units().stream().anyMatch(u -> !proposal.replied(u.name()));
			case EVALUATE -> leads(user, proposal) && s == ProposalStatus.ANSWERED;
			case WITHDRAW -> leads(user, proposal) && s == ProposalStatus.DRAFT
					|| actsAsOffice(user, proposal) && s != ProposalStatus.WITHDRAWN;
			case ATTACH -> actsAsOffice(user, proposal) && s != ProposalStatus.WITHDRAWN;
		};
	}

	/**
	 * Refuses a withdrawal the state does not allow the user (409): the lead withdraws only a draft,
	 * the office any proposal not withdrawn yet. Whether they take part is {@link #requirePartIn}'s.
	 */
	public static void requireWithdrawable(CurrentUser user, Proposal proposal) {
		if (!may(user, proposal, ProposalAction.WITHDRAW)) {
			throw new Problem.Conflict("casework.proposal.problem.wrong-state", proposal.status().name());
		}
	}

	/** The actions the user may take on the proposal now: the buttons of its page. */
	public static Set<ProposalAction> actions(CurrentUser user, Proposal proposal) {
		var actions = EnumSet.noneOf(ProposalAction.class);
		for (ProposalAction action : ProposalAction.values()) {
			if (may(user, proposal, action)) {
				actions.add(action);
			}
		}
		return actions;
	}

	/**
	 * Whose proposals the user lists: everybody's of the district for the office and the group
	 * (empty); otherwise the user's own as representative and those led by their workstation's
	 * representatives as staff, which {@link ProposalQueries} combines; nobody else (403).
	 */
	public static Optional<Scope> listScope(CurrentUser user) {
		if (user.readsWholeDistrict()) {
			return Optional.empty();
		}
		Long own = representative(user) ? user.representativeId().orElse(null) : null;
		Long workstation = user.has(Role.WORKSTATION_STAFF) ? user.workstationId().orElse(null) : null;
		if (own == null && workstation == null) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		return Optional.of(new Scope(own, workstation));
	}

	/** A user's own proposals ({@code representativeId}: lead or co-signer) and their workstation's. */
	public record Scope(Long representativeId, Long workstationId) {
	}

	/** Whether the user exports the list: the office and the evaluation group. */
	public static boolean exports(CurrentUser user) {
		return user.readsWholeDistrict();
	}

	private static boolean confirmed(CurrentUser user, Proposal proposal) {
		return proposal.cosigners()
			.stream()
			.anyMatch(c -> ConflictOfInterest.concerns(user, c.representativeId()) && c.confirmed());
	}

	private static boolean representative(CurrentUser user) {
		return user.has(Role.REPRESENTATIVE) && user.representativeId().isPresent();
	}
}
