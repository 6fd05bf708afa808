package cn.lvzhi.accounts.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.accounts.User;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/** 用户管理: the administrator's pages to list, create, disable, enable, unlock users and reset passwords. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

	static final int PAGE_SIZE = 50;

	/** What the administrator types to create a user. */
	record UserForm(String username, String displayName, String password, String passwordConfirmation,
			List<Role> roles, Long workstationId, Long representativeId) {

		static UserForm empty() {
			return new UserForm(null, null, null, null, List.of(), null, null);
		}
	}

	/** A new password typed twice. */
	record PasswordForm(String password, String passwordConfirmation) {

		static PasswordForm empty() {
			return new PasswordForm(null, null);
		}
	}

	private final Users users;

	private final RosterDirectory roster;

	private final Districts districts;

	private final Clock clock;

	UserPages(Users users, RosterDirectory roster, Districts districts, Clock clock) {
		this.users = users;
		this.roster = roster;
		this.districts = districts;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		int p = page == null || page < 0 ? 0 : page;
		var now = clock.instant();
		var zone = districts.of(admin.districtId()).timeZone();
		model.addAttribute("q", q);
		model.addAttribute("result",
				users.list(admin.districtId(), q, PageQuery.of(p, PAGE_SIZE)).map(u -> UserView.of(u, now, zone)));
		var base = UriComponentsBuilder.fromPath("/admin/users");
		if (q != null && !q.isBlank()) {
			base.queryParam("q", q.strip());
		}
		model.addAttribute("base", base.encode().build().toUriString());
		return "accounts/list";
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("form", UserForm.empty());
		return creationForm(admin, model);
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal CurrentUser admin, @ModelAttribute("form") UserForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (form.password() != null && !Objects.equals(form.password(), form.passwordConfirmation())) {
			binding.rejectValue("passwordConfirmation", "validation.password.confirmation");
		}
		if (binding.hasErrors()) {
			return creationForm(admin, model);
		}
		try {
			User user = users.create(new Users.NewUser(form.username(), form.displayName(), form.password(),
					UserApi.roles(form.roles()), form.workstationId(), form.representativeId()), admin.districtId());
			redirect.addFlashAttribute("notice", "accounts.notice.created");
			return "redirect:/admin/users/" + user.id();
		}
		catch (Problem.Invalid invalid) {
			invalid.fields().forEach(f -> binding.rejectValue(f.field(), f.messageKey(), f.args(), null));
		}
		catch (Problem.Conflict taken) {
			binding.rejectValue("username", taken.messageKey(), taken.args(), null);
		}
		return creationForm(admin, model);
	}

	private String creationForm(CurrentUser admin, Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("workstations", roster.workstations(admin.districtId()));
		model.addAttribute("representatives", roster.representatives(admin.districtId()));
		return "accounts/new";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return detail(admin, id, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		existing(admin, id);
		try {
			users.disable(id, admin);
			redirect.addFlashAttribute("notice", "accounts.notice.disabled");
		}
		catch (Problem.Conflict refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		existing(admin, id);
		users.enable(id);
		redirect.addFlashAttribute("notice", "accounts.notice.enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		existing(admin, id);
		users.unlock(id);
		redirect.addFlashAttribute("notice", "accounts.notice.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		existing(admin, id);
		if (form.password() != null && !Objects.equals(form.password(), form.passwordConfirmation())) {
			binding.rejectValue("passwordConfirmation", "validation.password.confirmation");
			return detail(admin, id, model);
		}
		try {
			users.resetPassword(id, form.password());
		}
		catch (Problem.Invalid invalid) {
			invalid.fields().forEach(f -> binding.rejectValue(f.field(), f.messageKey(), f.args(), null));
			return detail(admin, id, model);
		}
		redirect.addFlashAttribute("notice", "accounts.notice.password-reset");
		return "redirect:/admin/users/" + id;
	}

	private String detail(CurrentUser admin, long id, Model model) {
		User user = existing(admin, id);
		var zone = districts.of(admin.districtId()).timeZone();
		model.addAttribute("account", UserView.of(user, clock.instant(), zone));
		model.addAttribute("self", user.id() == admin.userId());
		model.addAttribute("signInLocked", users.isSignInLocked(user.id()));
		user.workstationId()
			.flatMap(ws -> roster.workstations(admin.districtId()).stream().filter(w -> w.id() == ws).findFirst())
			.ifPresent(w -> model.addAttribute("workstation", w));
		return "accounts/detail";
	}

	private User existing(CurrentUser admin, long id) {
		return users.find(id)
			.filter(u -> u.districtId() == admin.districtId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
