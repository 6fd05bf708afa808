package cn.lvzhi.ledger.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;

/**
 * The dashboards page (统计图表): the district's points by category and quarter, the distribution
 * of the representatives' totals and the community workstations compared, for a year (and, for
 * the office and the evaluation group, one workstation). The page only says where each chart's
 * numbers are ({@link StatisticsApi}); {@code charts.js} fetches and draws them.
 */
@Controller
class DashboardPages {

	private final Ledger ledger;

	private final Workstations workstations;

	DashboardPages(Ledger ledger, Workstations workstations) {
		this.ledger = ledger;
		this.workstations = workstations;
	}

	@GetMapping("/dashboards")
	@PreAuthorize(StandingsApi.READERS)
	String dashboards(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long workstationId, Model model) {
		int thisYear = ledger.today(user.districtId()).getYear();
		int cycle = year != null ? year : thisYear;
		if (cycle < 2000 || cycle > thisYear + 1) {
			throw Problem.Invalid.field("year", "ledger.validation.year", thisYear);
		}
		boolean wholeDistrict = user.readsWholeDistrict();
		Long scope = wholeDistrict ? workstationId : user.workstationId().orElse(null);
		model.addAttribute("year", cycle);
		model.addAttribute("years", CycleCalendar.recentYears(thisYear, cycle));
		model.addAttribute("wholeDistrict", wholeDistrict);
		model.addAttribute("workstationId", scope);
		model.addAttribute("workstations",
				wholeDistrict ? workstations.inDisplayOrder(user.districtId()) : List.of());
		model.addAttribute("workstationName",
				scope == null ? null : workstations.get(user.districtId(), scope).name());
		model.addAttribute("quartersUrl", statistics("points-by-quarter", cycle, scope));
		model.addAttribute("distributionUrl", statistics("distribution", cycle, scope));
		model.addAttribute("workstationsUrl", statistics("workstations", cycle, null));
		return "dashboards/dashboards";
	}

	/** The address of a chart's numbers: the year, and the workstation if there is one. */
	private static String statistics(String chart, int year, Long workstationId) {
		return UriComponentsBuilder.fromPath("/api/v1/statistics/" + chart)
			.queryParam("year", year)
			.queryParamIfPresent("workstationId", Optional.ofNullable(workstationId))
			.build()
			.toUriString();
	}
}
