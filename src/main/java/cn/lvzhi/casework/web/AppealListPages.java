package cn.lvzhi.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.casework.AppealChoices;
import cn.lvzhi.casework.AppealFilter;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealStatus;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;

/**
 * 群众诉求: the appeals a user reads — staff their workstation's, the office and the evaluation
 * group all (filter by workstation), a representative those they proxy and those waiting for a
 * proxy at their workstations — filtered by state and by the flag of those past due or long
 * unresolved (candidates for an on-site meeting, a hearing, an inquiry or questioning), paged,
 * with the Excel export of the same filters. The constituents are masked here. Also the count of
 * flagged appeals on the home page of the office and the staff.
 */
@Controller
@RequestMapping("/appeals")
class AppealListPages {

	static final int PAGE_SIZE = 30;

	private final AppealQueries queries;

	private final AppealChoices choices;

	AppealListPages(AppealQueries queries, AppealChoices choices) {
		this.queries = queries;
		this.choices = choices;
	}

	@GetMapping
	@PreAuthorize(AppealApi.READERS)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) AppealStatus status,
			@RequestParam(required = false) Long workstationId, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Integer page, Model model) {
		var filter = new AppealFilter(status, workstationId, Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null);
		var result = queries.list(user, filter, PageQuery.of(page == null || page < 0 ? 0 : page, PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", AppealStatus.values());
		model.addAttribute("workstations", choices.listedAt(user));
		model.addAttribute("base", query("/appeals", filter));
		model.addAttribute("exportUrl", query("/api/v1/appeals/export.xlsx", filter));
		return "casework/appeals";
	}

	/** The home page's card: how many appeals the user reads are flagged (htmx). */
	@GetMapping("/summary")
	@PreAuthorize("hasAnyRole('OFFICE','WORKSTATION_STAFF')")
	String summary(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("flagged", queries.flagged(user));
		return "casework/fragments :: summary";
	}

	private static String query(String path, AppealFilter filter) {
		var b = UriComponentsBuilder.fromPath(path);
		if (filter.status() != null) {
			b.queryParam("status", filter.status());
		}
		if (filter.workstationId() != null) {
			b.queryParam("workstationId", filter.workstationId());
		}
		if (filter.overdue() != null) {
			b.queryParam("overdue", filter.overdue());
		}
		return b.build().toUriString();
	}
}
