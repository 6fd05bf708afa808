package cn.lvzhi.ledger.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsView;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.standard.Category;

/**
 * The standings page (积分排名): the district grouped by community workstation in display order,
 * ranks inside each group and overall, points by category, for any cycle and as-of day, with the
 * Excel export of the API. Workstation staff see their own workstation only ({@link Standings#forUser}).
 */
@Controller
class StandingsPages {

	private final Standings standings;

	private final Ledger ledger;

	private final Workstations workstations;

	StandingsPages(Standings standings, Ledger ledger, Workstations workstations) {
		this.standings = standings;
		this.ledger = ledger;
		this.workstations = workstations;
	}

	@GetMapping("/standings")
	@PreAuthorize(StandingsApi.READERS)
	String standings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long workstationId, Model model) {
		StandingsView view = standings.forUser(user, year, asOf, workstationId);
		boolean wholeDistrict = user.readsWholeDistrict();
		model.addAttribute("view", view);
		model.addAttribute("categories", Category.values());
		model.addAttribute("years", CycleCalendar.recentYears(ledger.today(user.districtId()).getYear(), view.year()));
		model.addAttribute("workstationId", workstationId);
		model.addAttribute("wholeDistrict", wholeDistrict);
		model.addAttribute("workstations", wholeDistrict ? workstations.inDisplayOrder(user.districtId()) : java.util.List.of());
		return "ledger/standings";
	}
}
