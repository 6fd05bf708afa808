package cn.lvzhi.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * The workflow of proposals (提议 / 提案): drafting, co-signing, submitting (with the points
 * records, {@link ProposalSubmission}), assigning handling units, recording their responses,
 * the lead's evaluation and withdrawal (with the records withdrawn). Each step is one
 * transaction: permission first (403, {@link ProposalPolicy}), then the state (409,
 * {@link Proposal}), then the input (422 naming the field); two steps racing on one proposal give one
 * success and one 409 (its version). Reading is {@link ProposalQueries}'.
 */
@Service
@Transactional
public class Proposals {

	private final ProposalRepository proposals;

	private final ProposalRoster roster;

	private final ProposalSubmission submission;

	private final SourcedRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Proposals(ProposalRepository proposals, ProposalRoster roster, ProposalSubmission submission,
			SourcedRecords records, ApplicationEventPublisher events, Clock clock) {
		this.proposals = proposals;
		this.roster = roster;
		this.submission = submission;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A representative drafts a proposal they lead, or the office registers one filed on paper for
	 * any lead, with the co-signatures on the paper marked ({@code confirmedCosignerIds}, the
	 * office only: 403 otherwise): 201 DRAFT.
	 */
	public Proposal draft(CurrentUser user, ProposalDraft draft) {
		ProposalPolicy.Drafting drafting = ProposalPolicy.drafting(user, draft.leadRepresentativeId());
		boolean onPaper = drafting == ProposalPolicy.Drafting.ON_PAPER;
		if (!onPaper && !draft.confirmedCosignerIds().isEmpty()) {
			throw new Problem.Forbidden("casework.proposal.problem.paper-only");
		}
		var violations = new ArrayList<>(draft.violations());
		roster.check(user.districtId(), draft, violations);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		Proposal proposal = proposals.save(Proposal.draft(user.districtId(), draft, onPaper, user.username(),
				clock.instant(), roster.today(user.districtId())));
		publish(proposal, "DRAFTED", proposal.cosigners().size() + " co-signers invited, "
				+ proposal.confirmedCosigners().size() + " confirmed on paper" + (onPaper ? ", on paper" : ""));
		return proposal;
	}

	/** The co-signer confirms for themself while it is a draft; confirming again is a 200 that changes nothing. */
	public Proposal confirm(CurrentUser user, long id, long representativeId) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requireConfirmsFor(user, representativeId);
		if (!proposal.confirm(representativeId, user.username(), clock.instant())) {
			return proposal;
		}
		proposal = save(proposal);
		publish(proposal, "COSIGNED", "co-signer " + representativeId);
		return proposal;
	}

	/**
	 * The lead or the office submits a draft: SUBMITTED, and in the same transaction the records of
	 * the lead (item 7 or 8) and of each co-signer who confirmed (item 9); unconfirmed co-signers
	 * earn nothing. A representative who cannot have a record today (not serving) is a 422 naming
	 * them, and nothing is submitted.
	 */
	public Proposal submit(CurrentUser user, long id) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requirePartIn(user, proposal, ProposalAction.SUBMIT);
		proposal.submit(user.username(), roster.today(user.districtId()), clock.instant());
		proposal = save(proposal);
		int created = submission.createRecords(user, proposal);
		publish(proposal, "SUBMITTED", created + " records created");
		return proposal;
	}

	/** The office assigns the handling units of a submitted proposal: exactly one lead unit (主办), distinct names. */
	public Proposal assign(CurrentUser user, long id, List<ProposalUnit.Input> units) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requirePartIn(user, proposal, ProposalAction.ASSIGN);
		proposal.requireStatus(ProposalStatus.SUBMITTED);
		List<ProposalUnit> checked = checkedUnits(units);
		proposal.assign(checked, user.username(), clock.instant());
		proposal = save(proposal);
		publish(proposal, "ASSIGNED", checked.size() + " handling units");
		return proposal;
	}

	/** The office records an assigned unit's response; the lead unit's answers the proposal. */
	public Proposal reply(CurrentUser user, long id, String handlingUnit, String content) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requirePartIn(user, proposal, ProposalAction.REPLY);
		proposal.requireStatus(ProposalStatus.ASSIGNED, ProposalStatus.ANSWERED);
		var violations = new ArrayList<FieldViolation>();
		String unit = ProposalDraft.clean(handlingUnit);
		if (unit == null) {
			violations.add(new FieldViolation("handlingUnit", "validation.required"));
		}
		else if (proposal.units().stream().noneMatch(u -> u.name().equals(unit))) {
			violations.add(new FieldViolation("handlingUnit", "casework.proposal.validation.unit-not-assigned", unit));
		}
		String text = required(violations, "content", content, ProposalReply.CONTENT_MAX);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		var now = clock.instant();
		proposal.reply(new ProposalReply(unit, text, user.username(), now), now);
		proposal = save(proposal);
		publish(proposal, "REPLIED", proposal.replies().size() + " responses");
		return proposal;
	}

	/** The lead evaluates the answered proposal: 满意, 基本满意 or 不满意. */
	public Proposal evaluate(CurrentUser user, long id, String satisfaction) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requirePartIn(user, proposal, ProposalAction.EVALUATE);
		proposal.requireStatus(ProposalStatus.ANSWERED);
		ProposalSatisfaction rating = ProposalSatisfaction.named(satisfaction)
			.orElseThrow(() -> Problem.Invalid.field("satisfaction", satisfaction == null || satisfaction.isBlank()
					? "validation.required" : "casework.proposal.validation.satisfaction"));
		proposal.evaluate(rating, user.username(), clock.instant());
		proposal = save(proposal);
		publish(proposal, "EVALUATED", rating.name());
		return proposal;
	}

	/**
	 * The lead withdraws their draft, or the office declares a proposal invalid in any later state,
	 * with a reason: WITHDRAWN, and its records are withdrawn in the same transaction (a verified one
	 * revoked, its points reversed; one not decided rejected), with the same reason. A verified
	 * record of a closed cycle cannot be revoked: 409, and nothing is withdrawn.
	 */
	public Proposal withdraw(CurrentUser user, long id, String reason) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requirePartIn(user, proposal, ProposalAction.WITHDRAW);
		ProposalPolicy.requireWithdrawable(user, proposal);
		var violations = new ArrayList<FieldViolation>();
		String why = required(violations, "reason", reason, Proposal.REASON_MAX);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		proposal.withdraw(why, user.username(), clock.instant());
		proposal = save(proposal);
		int withdrawn = records.withdraw(user, RecordSource.proposal(proposal.id()), why).size();
		publish(proposal, "WITHDRAWN", withdrawn + " records withdrawn");
		return proposal;
	}

	private static List<ProposalUnit> checkedUnits(List<ProposalUnit.Input> units) {
		var violations = new ArrayList<FieldViolation>();
		var checked = new ArrayList<ProposalUnit>();
		if (units == null || units.isEmpty()) {
			throw Problem.Invalid.field("handlingUnits", "validation.required");
		}
		if (units.size() > ProposalUnit.MAX) {
			throw Problem.Invalid.field("handlingUnits", "casework.proposal.validation.units-too-many", ProposalUnit.MAX);
		}
		var names = new HashSet<String>();
		for (int i = 0; i < units.size(); i++) {
			ProposalUnit.Input input = units.get(i);
			String field = "handlingUnits[" + i + "]";
			if (input == null) {
				violations.add(new FieldViolation(field, "validation.required"));
				continue;
			}
			String name = required(violations, field + ".name", input.name(), ProposalUnit.NAME_MAX);
			if (name != null && !names.add(name)) {
				violations.add(new FieldViolation(field + ".name", "casework.proposal.validation.unit-twice"));
			}
			ProposalUnit.Role role = role(input.role());
			if (role == null) {
				violations.add(new FieldViolation(field + ".role", input.role() == null || input.role().isBlank()
						? "validation.required" : "casework.proposal.validation.unit-role"));
			}
			checked.add(new ProposalUnit(name, role));
		}
		long leads = checked.stream().filter(u -> u.role() == ProposalUnit.Role.LEAD).count();
		if (violations.isEmpty() && leads != 1) {
			violations.add(new FieldViolation("handlingUnits", "casework.proposal.validation.one-lead-unit"));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		return checked;
	}

	private static ProposalUnit.Role role(String role) {
		for (ProposalUnit.Role r : ProposalUnit.Role.values()) {
			if (r.name().equals(role)) {
				return r;
			}
		}
		return null;
	}

	private static String required(List<FieldViolation> violations, String field, String value, int max) {
		String v = ProposalDraft.clean(value);
		if (v == null) {
			violations.add(new FieldViolation(field, "validation.required"));
		}
		else if (v.length() > max) {
			violations.add(new FieldViolation(field, "validation.too-long", max));
		}
		return v;
	}

	private Proposal save(Proposal proposal) {
		try {
			return proposals.save(proposal);
		}
		catch (ConcurrencyFailureException raced) {
			throw new Problem.Conflict("casework.proposal.problem.stale");
		}
	}

	private void publish(Proposal proposal, String step, String summary) {
		events.publishEvent(ProposalEvent.of(proposal, step, summary));
	}
}
