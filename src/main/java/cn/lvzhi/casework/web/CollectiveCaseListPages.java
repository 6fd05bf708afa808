package cn.lvzhi.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.casework.CollectiveCaseKind;
import cn.lvzhi.casework.CollectiveCasePolicy;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Listed;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * The list of inspections, inquiries and written opinions the user may see, one kind at a time
 * (tabs), of a year, newest first, paged; with the forms that enter them for those who may.
 * Reached from the collective activity page, the workstation's 工作台, the office's verification
 * queue and a representative's records, not from the top navigation.
 */
@Controller
class CollectiveCaseListPages {

	private static final int PAGE_SIZE = 20;

	/** How many years back the year filter offers. */
	private static final int YEARS = 6;

	private final CollectiveCaseQueries queries;

	private final CollectiveCasePageSupport support;

	CollectiveCaseListPages(CollectiveCaseQueries queries, CollectiveCasePageSupport support) {
		this.queries = queries;
		this.support = support;
	}

	/**
	 * A case as a line of the list: where it goes, its day, what it is about, how many took part,
	 * whether its report, answer or document is in.
	 */
	record Line(String href, String day, String subject, String detail, int participants, boolean complete) {
	}

	@GetMapping("/casework/collective")
	@PreAuthorize(CaseResponses.READERS)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
		CollectiveCaseKind shown = kindOf(kind);
		int thisYear = support.today(user).getYear();
		int selected = year == null ? thisYear : year;
		PageQuery query = PageQuery.of(page, PAGE_SIZE);
		PageResult<Line> result = switch (shown) {
			case INSPECTION -> lines(queries.inspections(user, selected, query), l -> new Line(
					"/casework/inspections/" + l.value().id(), l.value().occurredOn().toString(), l.value().title(),
					l.value().place().orElse(""), l.participantIds().size(), l.value().report().isPresent()));
			case INQUIRY -> lines(queries.inquiries(user, selected, null, query), l -> new Line(
					"/casework/inquiries/" + l.value().id(), l.value().occurredOn().toString(), l.value().department(),
					support.text("inquiry.kind." + l.value().kind()), l.participantIds().size(),
					l.value().answer().isPresent()));
			case WRITTEN_OPINION -> lines(queries.writtenOpinions(user, selected, query), l -> new Line(
					"/casework/written-opinions/" + l.value().id(), l.value().occurredOn().toString(), l.value().title(),
					"", l.participantIds().size(), l.value().document().isPresent()));
		};
		var years = new ArrayList<Integer>();
		for (int y = thisYear; y > thisYear - YEARS; y--) {
			years.add(y);
		}
		if (!years.contains(selected)) {
			years.add(selected);
		}
		model.addAttribute("kind", shown.name());
		model.addAttribute("kinds", CollectiveCaseKind.values());
		model.addAttribute("year", selected);
		model.addAttribute("years", years);
		model.addAttribute("result", result);
		model.addAttribute("enters", CollectiveCasePolicy.enters(user));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/casework/collective")
			.queryParam("kind", shown.name())
			.queryParamIfPresent("year", Optional.of(selected))
			.build()
			.toUriString());
		return "casework/collective-cases";
	}

	/** The kind asked for; the first when none or an unknown one is asked (a page, not an API: no 422). */
	private static CollectiveCaseKind kindOf(String asked) {
		for (CollectiveCaseKind k : CollectiveCaseKind.values()) {
			if (k.name().equals(asked)) {
				return k;
			}
		}
		return CollectiveCaseKind.INSPECTION;
	}

	private static <T> PageResult<Line> lines(PageResult<Listed<T>> page,
			Function<Listed<T>, Line> line) {
		List<Line> lines = page.items().stream().map(line).toList();
		return new PageResult<>(lines, page.page(), page.size(), page.total());
	}
}
