package cn.lvzhi.standard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.NewVersion;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;

/**
 * The standard's pages: the version in force, any version, and (for the office) a new version
 * that starts as a copy of the latest. Rows are added and removed by plain form posts.
 */
@Controller
@RequestMapping("/standard")
class StandardPages {

	static final String FORM = "standard/form";

	private final Standards standards;

	private final Districts districts;

	private final MessageSource messages;

	private final Clock clock;

	StandardPages(Standards standards, Districts districts, MessageSource messages, Clock clock) {
		this.standards = standards;
		this.districts = districts;
		this.messages = messages;
		this.clock = clock;
	}

	/** Where a version stands today. */
	enum Standing {
		CURRENT, FUTURE, SUPERSEDED
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String inForce(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer version,
			Model model) {
		if (version != null) {
			return "redirect:/standard/versions/" + version;
		}
		Optional<StandardVersion> current = current(user);
		return show(user, current.orElse(null), current, model);
	}

	@GetMapping("/versions/{number}")
	@PreAuthorize("isAuthenticated()")
	String version(@AuthenticationPrincipal CurrentUser user, @PathVariable int number, Model model) {
		return show(user, standards.version(user.districtId(), number), current(user), model);
	}

	@GetMapping("/versions/new")
	@PreAuthorize("hasRole('OFFICE')")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		return form(VersionForm.of(standards.draftOfNext(user.districtId())), Map.of(), user, model);
	}

	@PostMapping(path = "/versions", params = "addRow")
	@PreAuthorize("hasRole('OFFICE')")
	String addRow(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") VersionForm form, Model model) {
		if (form.getItems().size() < StandardVersion.MAX_ITEMS) {
			form.getItems().add(new VersionForm.Row());
		}
		return form(form, Map.of(), user, model);
	}

	@PostMapping(path = "/versions", params = "removeRow")
	@PreAuthorize("hasRole('OFFICE')")
	String removeRow(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") VersionForm form,
			@RequestParam int removeRow, Model model) {
		if (removeRow >= 0 && removeRow < form.getItems().size()) {
			form.getItems().remove(removeRow);
		}
		return form(form, Map.of(), user, model);
	}

	@PostMapping("/versions")
	@PreAuthorize("hasRole('OFFICE')")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") VersionForm form,
			Model model, RedirectAttributes redirect) {
		var errors = new LinkedHashMap<String, String>();
		NewVersion draft = form.toNewVersion(errors);
		try {
			if (!errors.isEmpty()) {
				// Show the domain's findings too, but never create a version from a form with typos.
				standards.validate(user.districtId(), draft, user);
				return form(form, errors, user, model);
			}
			StandardVersion created = standards.create(user.districtId(), draft, user);
			redirect.addFlashAttribute("notice", "standard.created");
			return "redirect:/standard/versions/" + created.number();
		}
		catch (Problem.Invalid invalid) {
			var all = new LinkedHashMap<String, String>();
			invalid.fields().forEach(f -> all.put(VersionForm.fieldOf(f.field()), text(f.messageKey(), f.args())));
			errors.forEach((field, key) -> all.put(field, text(key)));
			return form(form, all, user, model);
		}
		catch (Problem.Conflict conflict) {
			errors.replaceAll((field, key) -> text(key));
			errors.put("effectiveFrom", text(conflict.messageKey(), conflict.args()));
			return form(form, errors, user, model);
		}
		catch (DataIntegrityViolationException race) {
			// Another version was created at the same moment with the same date or number.
			return form(form, Map.of("effectiveFrom", text("problem.standard.created-meanwhile")), user, model);
		}
	}

	private String show(CurrentUser user, StandardVersion version, Optional<StandardVersion> current, Model model) {
		model.addAttribute("version", version);
		var newestFirst = new java.util.ArrayList<>(standards.versions(user.districtId()));
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("versions", newestFirst);
		model.addAttribute("categories", Category.values());
		model.addAttribute("canCreate", user.has(Role.OFFICE));
		if (version != null) {
			int currentNumber = current.map(StandardVersion::number).orElse(0);
			LocalDate currentFrom = current.map(StandardVersion::effectiveFrom).orElse(null);
			model.addAttribute("standing", version.number() == currentNumber ? Standing.CURRENT
					: currentFrom == null || version.effectiveFrom().isAfter(currentFrom) ? Standing.FUTURE
							: Standing.SUPERSEDED);
		}
		return "standard/version";
	}

	private String form(VersionForm form, Map<String, String> errors, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", Category.values());
		model.addAttribute("kinds", Rule.Kind.values());
		model.addAttribute("maxItems", StandardVersion.MAX_ITEMS);
		List<StandardVersion.Summary> versions = standards.versions(user.districtId());
		model.addAttribute("latest", versions.isEmpty() ? null : versions.get(versions.size() - 1));
		return FORM;
	}

	private Optional<StandardVersion> current(CurrentUser user) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), districts.of(user.districtId()).timeZone());
		try {
			return Optional.of(standards.inForce(user.districtId(), today));
		}
		catch (Problem.NotFound none) {
			return Optional.empty();
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
