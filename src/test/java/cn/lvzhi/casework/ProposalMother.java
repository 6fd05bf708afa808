package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Proposals for tests that have no database (policy, pages): a motion or suggestion of a lead
 * with co-signers, taken through the aggregate's own steps to the state asked for, with an id.
 * The first co-signer confirms; the units are 区交通运输局 (lead) and 区城管局 (assisting).
 */
public final class ProposalMother {

	public static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");

	public static final LocalDate TODAY = LocalDate.of(2026, 5, 6);

	private ProposalMother() {
	}

	public static Proposal motion(long id, ProposalStatus status, long lead, Long... cosigners) {
		return in(id, "MOTION", status, lead, cosigners);
	}

	public static Proposal suggestion(long id, ProposalStatus status, long lead) {
		return in(id, "SUGGESTION", status, lead);
	}

	static Proposal in(long id, String kind, ProposalStatus status, long lead, Long... cosigners) {
		var draft = new ProposalDraft(kind, "关于增设社区长者食堂的提案", "建议在海山社区增设长者食堂。", lead,
				Arrays.asList(cosigners), List.of());
		Proposal p = Proposal.draft(1, draft, false, "lead-user", NOW, TODAY);
		if (cosigners.length > 0) {
			p.confirm(cosigners[0], "cosigner-user", NOW);
		}
		if (status == ProposalStatus.WITHDRAWN) {
			p.withdraw("重复提出", "lead-user", NOW);
		}
		else if (status != ProposalStatus.DRAFT) {
			p.submit("lead-user", TODAY, NOW);
			if (status != ProposalStatus.SUBMITTED) {
				p.assign(List.of(new ProposalUnit("区交通运输局", ProposalUnit.Role.LEAD),
						new ProposalUnit("区城管局", ProposalUnit.Role.ASSISTING)), "office", NOW);
			}
			if (status == ProposalStatus.ANSWERED || status == ProposalStatus.EVALUATED) {
				p.reply(new ProposalReply("区交通运输局", "已新增公交线路一条。", "office", NOW), NOW);
			}
			if (status == ProposalStatus.EVALUATED) {
				p.evaluate(ProposalSatisfaction.SATISFIED, "lead-user", NOW);
			}
		}
		return new Proposal(id, 3, p.districtId(), p.kind(), p.title(), p.content(), p.leadRepresentativeId(),
				p.status(), p.onPaper(), p.cycle(), p.submittedOn().orElse(null), p.satisfaction().orElse(null),
				p.draftedBy(), p.draftedAt(), p.updatedAt(), p.cosigners(), p.units(), p.replies(), p.history());
	}
}
