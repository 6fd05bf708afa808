package cn.lvzhi.casework.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalFilter;
import cn.lvzhi.casework.ProposalKind;
import cn.lvzhi.casework.ProposalPolicy;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.ProposalStatus;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * The lists of proposals: the office's 提案办理 (also the evaluation group's, and the staff's for
 * their workstation's representatives) filtered by year, handling unit, state and kind, in pages,
 * with the Excel export of the same filters; a representative's 我的提案 — what waits for them
 * (co-signatures to confirm, drafts to submit, responses to evaluate) and every proposal they lead
 * or co-sign; and the count of what waits, for their home page.
 */
@Controller
@RequestMapping("/proposals")
class ProposalListPages {

	private static final int PAGE_SIZE = 20;

	private final ProposalQueries queries;

	ProposalListPages(ProposalQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP','WORKSTATION_STAFF')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Model model) {
		Integer y = year(year);
		ProposalStatus s = named(ProposalStatus.class, status);
		ProposalKind k = named(ProposalKind.class, kind);
		var filter = new ProposalFilter(y, unit, s, k, null).normalized();
		PageResult<Proposal> result = queries.list(user, filter, PageQuery.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("names", queries.names(user));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("exports", ProposalPolicy.exports(user));
		String query = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("year", Optional.ofNullable(filter.year()))
			.queryParamIfPresent("unit", Optional.ofNullable(filter.unit()))
			.queryParamIfPresent("status", Optional.ofNullable(s))
			.queryParamIfPresent("kind", Optional.ofNullable(k))
			.build()
			.toUriString();
		model.addAttribute("base", "/proposals" + query);
		model.addAttribute("export", "/api/v1/proposals/export.xlsx" + query);
		response.addHeader("Vary", "HX-Request");
		return htmx != null && historyRestore == null ? "casework/proposals :: results" : "casework/proposals";
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		Long self = user.representativeId().orElse(null);
		model.addAttribute("waiting", queries.waitingFor(user));
		PageResult<Proposal> result = queries.list(user, new ProposalFilter(null, null, null, null, self),
				PageQuery.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("names", queries.names(user));
		model.addAttribute("base", "/proposals/mine");
		return "casework/my-proposals";
	}

	/** A representative's home: how many of their proposals wait for them (htmx). */
	@GetMapping("/summary")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String summary(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("waiting", queries.waitingFor(user));
		return "casework/proposal-fragments :: summary";
	}

	/** A year typed into the filter: a number, else none (the list then shows every year). */
	private static Integer year(String year) {
		try {
			int y = Integer.parseInt(year == null ? "" : year.strip());
			return y >= ProposalFilter.YEAR_MIN && y <= ProposalFilter.YEAR_MAX ? y : null;
		}
		catch (NumberFormatException none) {
			return null;
		}
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}
}
