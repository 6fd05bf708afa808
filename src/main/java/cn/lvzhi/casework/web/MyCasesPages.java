package cn.lvzhi.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.lvzhi.casework.AppealFilter;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealStatus;
import cn.lvzhi.casework.ProposalFilter;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;

/**
 * A representative's 我的案件: first what waits for them — appeals at their workstations waiting
 * for a proxy, co-signatures to confirm, drafts to submit, responses to evaluate — then the appeals
 * they proxy and the proposals they lead or co-sign, the latest of each with links to the full
 * lists. Constituents are masked here as in every list.
 */
@Controller
class MyCasesPages {

	static final int SHOWN = 10;

	private final AppealQueries appeals;

	private final ProposalQueries proposals;

	MyCasesPages(AppealQueries appeals, ProposalQueries proposals) {
		this.appeals = appeals;
		this.proposals = proposals;
	}

	@GetMapping("/casework/mine")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		long self = user.representativeId().orElse(-1L);
		model.addAttribute("toProxy",
				appeals.list(user, new AppealFilter(AppealStatus.RECEIVED, null, null), PageQuery.of(0, SHOWN)));
		model.addAttribute("waiting", proposals.waitingFor(user));
		model.addAttribute("appeals", appeals.list(user, AppealFilter.proxiedBy(self), PageQuery.of(0, SHOWN)));
		model.addAttribute("proposals", proposals.list(user,
				new ProposalFilter(null, null, null, null, self).normalized(), PageQuery.of(0, SHOWN)));
		model.addAttribute("names", proposals.names(user));
		return "casework/my-cases";
	}
}
