package cn.lvzhi.roster.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeFilter;
import cn.lvzhi.roster.RepresentativePolicy;
import cn.lvzhi.roster.RepresentativeQueries;
import cn.lvzhi.roster.RepresentativeStatus;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterSheets;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.WorkstationType;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The roster pages: the list (filters, live name search, paging, export), a representative's
 * page (details, status, edit and end-of-term for the office), the new/edit form and the import.
 */
@Controller
@RequestMapping("/roster/representatives")
class RepresentativePages {

	static final String VIEW_FORM = "roster/representative-form";

	private final Representatives representatives;

	private final RepresentativeQueries queries;

	private final Workstations workstations;

	private final RosterSheets sheets;

	private final MessageSource messages;

	RepresentativePages(Representatives representatives, RepresentativeQueries queries, Workstations workstations,
			RosterSheets sheets, MessageSource messages) {
		this.representatives = representatives;
		this.queries = queries;
		this.workstations = workstations;
		this.sheets = sheets;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(RepresentativeApi.READERS)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long workstationId,
			@RequestParam(required = false) RepresentativeStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		RepresentativeFilter filter = RepresentativePolicy.filterFor(user, workstationId, status, q);
		PageResult<Representative> result = queries.shownTo(user, filter, PageQuery.of(page, 20));
		Map<Long, Workstation> byId = byId(user);
		model.addAttribute("result", result.map(r -> RepresentativeView.of(r, user, byId)));
		model.addAttribute("workstations", visibleWorkstations(user, byId));
		model.addAttribute("workstationId", workstationId);
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("statuses", RepresentativeStatus.values());
		model.addAttribute("manages", user.has(Role.OFFICE));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/roster/representatives")
			.queryParamIfPresent("workstationId", java.util.Optional.ofNullable(workstationId))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
			.build()
			.toUriString());
		// One URL, full page or just the results for htmx; caches must keep the two apart.
		response.addHeader("Vary", "HX-Request");
		return htmx != null && historyRestore == null ? "roster/representatives :: results" : "roster/representatives";
	}

	@GetMapping("/{id}")
	@PreAuthorize(RepresentativeApi.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Representative representative = queries.shownTo(user, id);
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", new EndForm(null, null));
		}
		return details(user, representative, model);
	}

	private String details(CurrentUser user, Representative representative, Model model) {
		model.addAttribute("representative", RepresentativeView.of(representative, user, byId(user)));
		model.addAttribute("manages", user.has(Role.OFFICE));
		return "roster/representative";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("representativeForm", RepresentativeForm.empty());
		return form(user, model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("representativeForm") RepresentativeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model, null);
		}
		try {
			Representative created = representatives.register(user.districtId(), form.details());
			redirect.addFlashAttribute("notice", "roster.notice.created");
			return "redirect:/roster/representatives/" + created.id();
		}
		catch (Problem.Invalid invalid) {
			reject(invalid, errors);
			return form(user, model, null);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('OFFICE')")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("representativeForm", RepresentativeForm.of(queries.get(user.districtId(), id)));
		return form(user, model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('OFFICE')")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("representativeForm") RepresentativeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model, id);
		}
		try {
			representatives.change(user.districtId(), id, form.details(), form.version());
			redirect.addFlashAttribute("notice", "roster.notice.saved");
			return "redirect:/roster/representatives/" + id;
		}
		catch (Problem.Invalid invalid) {
			reject(invalid, errors);
			return form(user, model, id);
		}
		catch (Problem.Conflict conflict) {
			model.addAttribute("error", text(conflict.messageKey(), conflict.args()));
			return form(user, model, id);
		}
	}

	private String form(CurrentUser user, Model model, Long id) {
		List<Workstation> all = workstations.inDisplayOrder(user.districtId());
		model.addAttribute("communities", all.stream().filter(w -> w.type() == WorkstationType.COMMUNITY).toList());
		model.addAttribute("industries", all.stream().filter(w -> w.type() == WorkstationType.INDUSTRY).toList());
		model.addAttribute("genders", cn.lvzhi.roster.Gender.values());
		model.addAttribute("representativeId", id);
		return VIEW_FORM;
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("hasRole('OFFICE')")
	String processEndForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("endForm") EndForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Representative representative = queries.get(user.districtId(), id);
		if (!errors.hasErrors()) {
			try {
				representatives.end(user.districtId(), id, form.endedOn(), form.reason());
				redirect.addFlashAttribute("notice", "roster.notice.ended");
				return "redirect:/roster/representatives/" + id;
			}
			catch (Problem.Invalid invalid) {
				reject(invalid, errors);
			}
			catch (Problem.Conflict conflict) {
				model.addAttribute("error", text(conflict.messageKey(), conflict.args()));
			}
		}
		return details(user, representative, model);
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('OFFICE')")
	String initImportForm(Model model) {
		model.addAttribute("maxMegabytes", sheets.importMaxBytes() / (1024 * 1024));
		return "roster/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('OFFICE')")
	String processImportForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		model.addAttribute("maxMegabytes", sheets.importMaxBytes() / (1024 * 1024));
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", text("roster.import.choose-file"));
			return "roster/import";
		}
		try {
			if (file.getSize() > sheets.importMaxBytes()) {
				throw new Problem.TooLarge("roster.import.too-large", sheets.importMaxBytes() / (1024 * 1024));
			}
			int imported = sheets.importSheet(user.districtId(), file.getBytes());
			redirect.addFlashAttribute("imported", imported);
			redirect.addFlashAttribute("notice", "roster.notice.imported");
			return "redirect:/roster/representatives";
		}
		catch (Problem.Invalid invalid) {
			model.addAttribute("error", text(invalid.messageKey()));
			model.addAttribute("cellErrors", invalid.cells()
				.stream()
				.map(c -> new CellError(c.row(), c.column(), text(c.messageKey(), c.args())))
				.toList());
			model.addAttribute("fileErrors", invalid.fields().stream().map(f -> text(f.messageKey(), f.args())).toList());
			return "roster/import";
		}
		catch (Problem.TooLarge | Problem.UnsupportedType problem) {
			model.addAttribute("error", text(problem.messageKey(), problem.args()));
			return "roster/import";
		}
	}

	/** A wrong cell of an imported sheet, as the page lists it. */
	record CellError(int row, String column, String message) {
	}

	@GetMapping("/export")
	@PreAuthorize("hasRole('OFFICE')")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long workstationId,
			@RequestParam(required = false) RepresentativeStatus status, @RequestParam(required = false) String q) {
		byte[] content = sheets.export(RepresentativePolicy.filterFor(user, workstationId, status, q));
		return RepresentativeApi.xlsx(content, text("roster.sheet.file-name"));
	}

	private Map<Long, Workstation> byId(CurrentUser user) {
		return workstations.inDisplayOrder(user.districtId())
			.stream()
			.collect(Collectors.toMap(Workstation::id, Function.identity()));
	}

	/** The workstations a user may filter by: staff only their own. */
	private static List<Workstation> visibleWorkstations(CurrentUser user, Map<Long, Workstation> byId) {
		List<Workstation> all = byId.values()
			.stream()
			.sorted(java.util.Comparator.comparingInt(Workstation::displayOrder).thenComparing(Workstation::name))
			.toList();
		if (user.readsWholeDistrict()) {
			return all;
		}
		return all.stream().filter(w -> user.workstationId().map(w.id()::equals).orElse(false)).toList();
	}

	static void reject(Problem.Invalid invalid, BindingResult errors) {
		for (Problem.FieldViolation v : invalid.fields()) {
			if (errors.getFieldErrorCount(v.field()) == 0) {
				errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
			}
		}
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
