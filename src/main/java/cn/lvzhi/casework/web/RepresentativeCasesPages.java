package cn.lvzhi.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.casework.AppealFilter;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.ProposalFilter;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;

/**
 * A representative's casework beside their points, on the roster's representative page (loaded
 * there by htmx, so that the roster does not depend on casework): the proposals they lead or
 * co-sign, the constituents' appeals they proxy (masked, as every list), as far as the user may
 * read them, and their latest records of collective activities (inspections, inquiries, community
 * events). The page's own permission (who reads this
 * representative) is asked first: 404 unknown, 403 not theirs.
 */
@Controller
class RepresentativeCasesPages {

	static final int SHOWN = 10;

	private final Representatives representatives;

	private final ProposalQueries proposals;

	private final AppealQueries appeals;

	private final CollectiveActivities collectives;

	RepresentativeCasesPages(Representatives representatives, ProposalQueries proposals, AppealQueries appeals,
			CollectiveActivities collectives) {
		this.representatives = representatives;
		this.proposals = proposals;
		this.appeals = appeals;
		this.collectives = collectives;
	}

	@GetMapping("/casework/representatives/{id}")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP','WORKSTATION_STAFF','REPRESENTATIVE')")
	String cases(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		// Who reads the representative reads their records too (RepresentativePolicy, ActivityPolicy).
		representatives.getFor(user, id);
		model.addAttribute("collective", collectives.latestOf(user.districtId(), id));
		var filter = new ProposalFilter(null, null, null, null, id).normalized();
		model.addAttribute("proposals", proposals.list(user, filter, PageQuery.of(0, SHOWN)));
		model.addAttribute("names", proposals.names(user));
		model.addAttribute("appeals", appeals.list(user, AppealFilter.proxiedBy(id), PageQuery.of(0, SHOWN)));
		model.addAttribute("representativeId", id);
		return "casework/representative-cases :: cases";
	}
}
