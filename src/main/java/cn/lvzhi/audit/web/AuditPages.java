package cn.lvzhi.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.audit.AuditFilter;
import cn.lvzhi.audit.AuditTrail;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.Problem;

/** 审计日志: the auditor's page, with filters, paging and an Excel export. Read only. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

	static final int PAGE_SIZE = 50;

	/** Actions offered as suggestions in the filter (any other code may still be typed). */
	static final List<String> KNOWN_ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "LOGIN_REFUSED_LOCKED",
			"LOGIN_REFUSED_DISABLED", "ACCOUNT_LOCKED", "SIGN_IN_THROTTLED", "USER_CREATED", "USER_DISABLED",
			"USER_ENABLED", "USER_UNLOCKED",
			"USER_PASSWORD_RESET", "ACCESS_DENIED", "AUDIT_EXPORTED");

	/** The filters of the page, as typed; dates as YYYY-MM-DD. */
	record SearchForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String username, String action,
			String recordType, Integer page) {

		AuditFilter filter() {
			return new AuditFilter(from, to, username, action, recordType, null);
		}

		/** The page's URL with these filters, for the pager and the export link. */
		String query(String path) {
			var b = UriComponentsBuilder.fromPath(path);
			if (from != null) {
				b.queryParam("from", from);
			}
			if (to != null) {
				b.queryParam("to", to);
			}
			param(b, "username", username);
			param(b, "action", action);
			param(b, "recordType", recordType);
			return b.encode().build().toUriString();
		}

		private static void param(UriComponentsBuilder b, String name, String value) {
			if (value != null && !value.isBlank()) {
				b.queryParam(name, value.strip());
			}
		}
	}

	private final AuditTrail trail;

	private final MessageSource messages;

	private final Clock clock;

	AuditPages(AuditTrail trail, MessageSource messages, Clock clock) {
		this.trail = trail;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") SearchForm search,
			BindingResult binding, Model model) {
		model.addAttribute("actions", KNOWN_ACTIONS);
		if (!binding.hasErrors()) {
			try {
				int page = search.page() == null || search.page() < 0 ? 0 : search.page();
				model.addAttribute("result",
						trail.search(user.districtId(), search.filter(), PageQuery.of(page, PAGE_SIZE)));
			}
			catch (Problem.Invalid invalid) {
				invalid.fields().forEach(f -> binding.rejectValue(f.field(), f.messageKey(), f.args(), null));
			}
		}
		model.addAttribute("base", search.query("/audit"));
		model.addAttribute("exportUrl", search.query("/audit/export"));
		return "audit/list";
	}

	@GetMapping("/export")
	void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") SearchForm search,
			BindingResult binding, HttpServletResponse response) throws IOException {
		AuditFilter filter;
		try {
			filter = binding.hasErrors() ? null : search.filter();
		}
		catch (Problem.Invalid invalid) {
			filter = null;
		}
		if (filter == null) {
			// The list page shows what is wrong with the filters.
			response.sendRedirect(search.query("/audit"));
			return;
		}
		AuditApi.writeWorkbook(trail, messages, clock, user, filter, response);
	}
}
