package cn.lvzhi.ledger.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lvzhi.activities.ActivitySearch;
import cn.lvzhi.activities.ActivityQuery;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.ledger.EntryKind;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.LedgerEntry;
import cn.lvzhi.ledger.PointsStatistics;
import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.Standards;

/**
 * A representative's points (我的积分, and the same page of any representative for those who may
 * read them): the cycle's total, points by category and by item, ranks in the community
 * workstation and overall, and every ledger entry with the record it came from, who booked it and
 * why it changed. Also the summary on a representative's home page.
 */
@Controller
class PointsPages {

	static final String READERS = "hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE','EVALUATION_GROUP')";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Ledger ledger;

	private final Standings standings;

	private final Standards standards;

	private final ActivitySearch activities;

	private final Districts districts;

	private final MessageSource messages;

	private final PointsStatistics statistics;

	PointsPages(Ledger ledger, Standings standings, Standards standards, ActivitySearch activities, Districts districts,
			MessageSource messages, PointsStatistics statistics) {
		this.statistics = statistics;
		this.ledger = ledger;
		this.standings = standings;
		this.standards = standards;
		this.activities = activities;
		this.districts = districts;
		this.messages = messages;
	}

	@GetMapping("/points")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		long self = user.representativeId().orElseThrow(() -> new Problem.Forbidden("problem.forbidden"));
		model.addAttribute("mine", true);
		return page(user, self, year, model);
	}

	@GetMapping("/points/representatives/{id}")
	@PreAuthorize(READERS)
	String of(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("mine", user.representativeId().map(me -> me == id).orElse(false));
		return page(user, id, year, model);
	}

	/** This cycle's points, ranks and the records waiting for the representative: for the home page. */
	@GetMapping("/points/summary")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String summary(@AuthenticationPrincipal CurrentUser user, Model model) {
		long self = user.representativeId().orElseThrow(() -> new Problem.Forbidden("problem.forbidden"));
		int year = ledger.today(user.districtId()).getYear();
		model.addAttribute("year", year);
		model.addAttribute("row", row(user, self, year).orElse(null));
		int quarter = CycleCalendar.quarterOf(ledger.today(user.districtId()));
		model.addAttribute("quarter", quarter);
		model.addAttribute("quarterPoints",
				statistics.ofRepresentative(user, self, year).quarters().get(quarter - 1).total());
		model.addAttribute("returned", activities.search(user,
				new ActivityQuery(self, ActivityStatus.RETURNED, null, null, null, null, null), PageQuery.of(0, 1))
			.total());
		return "ledger/summary :: summary";
	}

	private String page(CurrentUser user, long representativeId, Integer year, Model model) {
		Ledger.Statement statement = ledger.statement(user, representativeId, year);
		int cycle = statement.year();
		ZoneId zone = districts.of(user.districtId()).timeZone();
		var titles = new ItemTitles(user.districtId());
		var byItem = new LinkedHashMap<Integer, ItemPoints>();
		statement.entries()
			.stream()
			.filter(e -> e.itemCode() != null)
			.sorted(java.util.Comparator.comparing(LedgerEntry::itemCode))
			.forEach(e -> byItem.merge(e.itemCode(),
					new ItemPoints(e.itemCode(), titles.of(e), e.category(), e.points()),
					(a, b) -> new ItemPoints(a.code(), a.title(), a.category(), a.points() + b.points())));
		var entries = new ArrayList<EntryRow>();
		for (LedgerEntry e : statement.entries()) {
			entries.add(new EntryRow(e.occurredOn(), MINUTES.format(e.bookedAt().atZone(zone)), e.kind(), e.points(),
					e.itemCode(), e.itemCode() == null ? null : titles.of(e), e.activityId(), e.bookedBy(),
					reason(e)));
		}
		int thisYear = ledger.today(user.districtId()).getYear();
		model.addAttribute("statement", statement);
		model.addAttribute("row", row(user, representativeId, cycle).orElse(null));
		model.addAttribute("categories", Category.values());
		model.addAttribute("byItem", List.copyOf(byItem.values()));
		model.addAttribute("entries", entries);
		model.addAttribute("year", cycle);
		model.addAttribute("years", CycleCalendar.recentYears(thisYear, cycle));
		return "ledger/points";
	}

	/** The representative's row of the district's standings: total, categories and both ranks. */
	private Optional<StandingsRow> row(CurrentUser user, long representativeId, int year) {
		return standings.of(user.districtId(), year, null, null)
			.rows()
			.stream()
			.filter(r -> r.representativeId() == representativeId)
			.findFirst();
	}

	/** Why an entry changed the points, in words: capped, revoked with its reason, an adjustment's reason. */
	private String reason(LedgerEntry entry) {
		String reason = entry.reason();
		if (reason == null) {
			return "";
		}
		if (entry.kind() == EntryKind.ADJUSTED) {
			return reason;
		}
		if (reason.startsWith(Ledger.REVOKED)) {
			return text("ledger.reason.revoked", reason.substring(Ledger.REVOKED.length()));
		}
		return messages.getMessage("ledger.reason." + reason, null, reason, LocaleContextHolder.getLocale());
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	/** Points of one item in the cycle. */
	record ItemPoints(int code, String title, Category category, int points) {
	}

	/** One ledger entry as the page shows it. */
	record EntryRow(LocalDate occurredOn, String bookedAt, EntryKind kind, int points, Integer itemCode,
			String itemTitle, Long activityId, String by, String reason) {
	}

	/** Item titles by the standard version an entry was scored with (read once per version). */
	private final class ItemTitles {

		private final long districtId;

		private final Map<Integer, Map<Integer, String>> byVersion = new HashMap<>();

		ItemTitles(long districtId) {
			this.districtId = districtId;
		}

		String of(LedgerEntry entry) {
			if (entry.standardVersion() == null) {
				return "";
			}
			return byVersion.computeIfAbsent(entry.standardVersion(), n -> {
				var titles = new HashMap<Integer, String>();
				for (StandardItem item : standards.version(districtId, n).items()) {
					titles.put(item.code(), item.title());
				}
				return titles;
			}).getOrDefault(entry.itemCode(), "");
		}
	}
}
