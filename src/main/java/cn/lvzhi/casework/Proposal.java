package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.casework.ProposalHistory.Step;
import cn.lvzhi.shared.Problem;

/**
 * A proposal (提议 / 提案): a suggestion, or a motion with the co-signers its lead invited. It
 * guards its own steps — a step from the wrong state is a {@link Problem.Conflict} — and keeps
 * every step in its history. Its text and co-signers are fixed once drafted: what the co-signers
 * confirm is what is submitted. Who may take a step is {@link ProposalPolicy}'s to say, enforced
 * by {@link Proposals}, which also creates and withdraws the points records.
 */
@Table("proposal")
public class Proposal {

	public static final int REASON_MAX = 500;

	@Id
	private Long id;

	@Version
	private Integer version;

	// what was drafted: fixed once drafted, so that the co-signers confirm what is submitted
	private final long districtId;
	private final ProposalKind kind;
	private final String title;
	private final String content;
	private final long leadRepresentativeId;

	private ProposalStatus status;

	/** Registered by the office from a proposal filed on paper. */
	private final boolean onPaper;

	/** The year it was submitted; while a draft, the year it was drafted. */
	private int cycle;

	private LocalDate submittedOn;

	private ProposalSatisfaction satisfaction;

	private final String draftedBy;
	private final Instant draftedAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "proposal", keyColumn = "proposal_key")
	private final List<ProposalCosigner> cosigners;

	@MappedCollection(idColumn = "proposal", keyColumn = "proposal_key")
	private final List<ProposalUnit> units;

	@MappedCollection(idColumn = "proposal", keyColumn = "proposal_key")
	private final List<ProposalReply> replies;

	@MappedCollection(idColumn = "proposal", keyColumn = "proposal_key")
	private final List<ProposalHistory> history;

	Proposal(Long id, Integer version, long districtId, ProposalKind kind, String title, String content,
			long leadRepresentativeId, ProposalStatus status, boolean onPaper, int cycle, LocalDate submittedOn,
			ProposalSatisfaction satisfaction, String draftedBy, Instant draftedAt, Instant updatedAt,
			List<ProposalCosigner> cosigners, List<ProposalUnit> units, List<ProposalReply> replies,
			List<ProposalHistory> history) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.kind = kind;
		this.title = title;
		this.content = content;
		this.leadRepresentativeId = leadRepresentativeId;
		this.status = status;
		this.onPaper = onPaper;
		this.cycle = cycle;
		this.submittedOn = submittedOn;
		this.satisfaction = satisfaction;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		this.updatedAt = updatedAt;
		this.cosigners = copy(cosigners);
		this.units = copy(units);
		this.replies = copy(replies);
		this.history = copy(history);
	}

	/** A new draft from a checked {@code draft}; on paper, its {@code confirmedCosignerIds} confirmed so. */
	static Proposal draft(long districtId, ProposalDraft draft, boolean onPaper, String by, Instant now,
			LocalDate today) {
		var proposal = new Proposal(null, null, districtId, draft.parsedKind(), ProposalDraft.clean(draft.title()),
				ProposalDraft.clean(draft.content()), draft.leadRepresentativeId(), ProposalStatus.DRAFT, onPaper,
				today.getYear(), null, null, by, now, now, List.of(), List.of(), List.of(), List.of());
		for (Long cosigner : draft.cosignerIds()) {
			ProposalCosigner invited = ProposalCosigner.invited(cosigner);
			proposal.cosigners.add(onPaper && draft.confirmedCosignerIds().contains(cosigner)
					? invited.confirm(by, now, true) : invited);
		}
		proposal.step(Step.DRAFTED, by, now, null);
		return proposal;
	}

	/**
	 * The co-signer confirms (联署): 404 not invited, 409 no longer a draft; confirming again
	 * changes nothing ({@code false}).
	 */
	boolean confirm(long representativeId, String by, Instant now) {
		int at = cosignerIndex(representativeId);
		if (at < 0) {
			throw new Problem.NotFound("casework.proposal.problem.not-a-cosigner", representativeId);
		}
		status.requireOneOf(ProposalStatus.DRAFT);
		if (cosigners.get(at).confirmed()) {
			return false;
		}
		cosigners.set(at, cosigners.get(at).confirm(by, now, false));
		step(Step.COSIGNED, by, now, Long.toString(representativeId));
		return true;
	}

	/** Submitted on {@code today} (the district's day): the records are created by the caller. */
	void submit(String by, LocalDate today, Instant now) {
		status.requireOneOf(ProposalStatus.DRAFT);
		status = ProposalStatus.SUBMITTED;
		submittedOn = today;
		cycle = today.getYear();
		step(Step.SUBMITTED, by, now, null);
	}

	/** The office assigns checked handling units (exactly one lead) to a submitted proposal. */
	void assign(List<ProposalUnit> assigned, String by, Instant now) {
		status.requireOneOf(ProposalStatus.SUBMITTED);
		units.addAll(assigned);
		status = ProposalStatus.ASSIGNED;
		step(Step.ASSIGNED, by, now, String.join("、", assigned.stream().map(ProposalUnit::name).toList()));
	}

	/**
	 * The office records a unit's response (checked: an assigned unit, a text): 409 unless assigned
	 * or answered, or the unit responded already. The lead unit's response answers the proposal.
	 */
	void reply(ProposalReply reply, Instant now) {
		status.requireOneOf(ProposalStatus.ASSIGNED, ProposalStatus.ANSWERED);
		if (replied(reply.handlingUnit())) {
			throw new Problem.Conflict("casework.proposal.problem.replied", reply.handlingUnit());
		}
		replies.add(reply);
		if (leadUnit().map(u -> u.name().equals(reply.handlingUnit())).orElse(false)) {
			status = ProposalStatus.ANSWERED;
		}
		step(Step.REPLIED, reply.recordedBy(), now, reply.handlingUnit());
	}

	/** The lead evaluates the answered proposal. */
	void evaluate(ProposalSatisfaction rating, String by, Instant now) {
		status.requireOneOf(ProposalStatus.ANSWERED);
		satisfaction = rating;
		status = ProposalStatus.EVALUATED;
		step(Step.EVALUATED, by, now, rating.name());
	}

	/** Withdrawn with a checked reason: 409 when withdrawn already (who may, in which state: the policy). */
	void withdraw(String reason, String by, Instant now) {
		status.requireOneOf(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.ASSIGNED,
				ProposalStatus.ANSWERED, ProposalStatus.EVALUATED);
		status = ProposalStatus.WITHDRAWN;
		step(Step.WITHDRAWN, by, now, reason);
	}

	/** Refuses (409) a step unless the proposal is in one of these states. */
	void requireStatus(ProposalStatus... allowed) {
		status.requireOneOf(allowed);
	}

	private void step(Step step, String by, Instant now, String note) {
		updatedAt = now;
		history.add(new ProposalHistory(step, status, by, now, note));
	}

	private int cosignerIndex(long representativeId) {
		return IntStream.range(0, cosigners.size())
			.filter(i -> cosigners.get(i).representativeId() == representativeId)
			.findFirst()
			.orElse(-1);
	}

	/** Whether this representative was invited to co-sign. */
	public boolean hasCosigner(long representativeId) {
		return cosignerIndex(representativeId) >= 0;
	}

	/** Whether the unit of this name has responded. */
	public boolean replied(String unit) {
		return replies.stream().anyMatch(r -> r.handlingUnit().equals(unit));
	}

	/** The lead unit (主办), once assigned. */
	public Optional<ProposalUnit> leadUnit() {
		return units.stream().filter(u -> u.role() == ProposalUnit.Role.LEAD).findFirst();
	}

	/** The co-signers who confirmed, in the order they were invited. */
	public List<Long> confirmedCosigners() {
		return cosigners.stream().filter(ProposalCosigner::confirmed).map(ProposalCosigner::representativeId).toList();
	}

	public Long id() {
		return id;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public long districtId() {
		return districtId;
	}

	public ProposalKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String content() {
		return content;
	}

	public long leadRepresentativeId() {
		return leadRepresentativeId;
	}

	public ProposalStatus status() {
		return status;
	}

	public boolean onPaper() {
		return onPaper;
	}

	public int cycle() {
		return cycle;
	}

	public Optional<LocalDate> submittedOn() {
		return Optional.ofNullable(submittedOn);
	}

	public Optional<ProposalSatisfaction> satisfaction() {
		return Optional.ofNullable(satisfaction);
	}

	public String draftedBy() {
		return draftedBy;
	}

	public Instant draftedAt() {
		return draftedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<ProposalCosigner> cosigners() {
		return Collections.unmodifiableList(cosigners);
	}

	public List<ProposalUnit> units() {
		return Collections.unmodifiableList(units);
	}

	public List<ProposalReply> replies() {
		return Collections.unmodifiableList(replies);
	}

	public List<ProposalHistory> history() {
		return Collections.unmodifiableList(history);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? new ArrayList<>() : new ArrayList<>(list);
	}
}
