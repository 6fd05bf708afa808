package cn.lvzhi.casework.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalDocuments;
import cn.lvzhi.casework.ProposalHistory;
import cn.lvzhi.casework.ProposalKind;
import cn.lvzhi.casework.ProposalPolicy;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.ProposalSatisfaction;
import cn.lvzhi.casework.ProposalView;
import cn.lvzhi.casework.Proposals;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.FormErrors;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * A proposal's pages: the drafting form (a representative's own; the office registering a paper
 * proposal for any lead, with the co-signatures on the paper and its document), and the
 * proposal's page — status, text, co-signers and who confirmed, handling units and their
 * responses, the records it created with their points, its documents and history, and only the
 * steps the user may take ({@link ProposalPolicy#actions}), each a small form that calls
 * {@link Proposals}. A step that no longer fits (somebody else acted first) comes back as a
 * message on the page.
 */
@Controller
@RequestMapping("/proposals")
class ProposalPages {

	static final String FORM = "casework/proposal-form";

	private static final Set<String> FORM_FIELDS = Set.of("kind", "title", "content", "leadRepresentativeId",
			"cosignerIds", "confirmedCosignerIds");

	private final Proposals proposals;

	private final ProposalQueries queries;

	private final ProposalDocuments documents;

	private final ProposalPageSupport support;

	ProposalPages(Proposals proposals, ProposalQueries queries, ProposalDocuments documents,
			ProposalPageSupport support) {
		this.proposals = proposals;
		this.queries = queries;
		this.documents = documents;
		this.support = support;
	}

	// ---- drafting -----------------------------------------------------------------------------------

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("proposalForm", ProposalForm.empty(null));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("proposalForm") ProposalForm form, BindingResult errors,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model);
		}
		Long lead = onPaper(user) ? form.leadRepresentativeId() : user.representativeId().orElse(null);
		Proposal proposal;
		try {
			proposal = proposals.draft(user, form.draft(lead));
		}
		catch (Problem.Invalid invalid) {
			FormErrors.reject(invalid, errors, FORM_FIELDS);
			return form(user, model);
		}
		redirect.addFlashAttribute("notice", "casework.proposal.notice.drafted");
		if (document != null && !document.isEmpty()) {
			try {
				documents.attach(user, proposal.id(), document.getOriginalFilename(), document.getSize(), document);
			}
			catch (Problem problem) {
				redirect.addFlashAttribute("error", support.text("casework.proposal.document.failed", support.text(problem)));
			}
		}
		return "redirect:/proposals/" + proposal.id();
	}

	/** Whether the user drafts as the office (a paper proposal, for any lead) rather than as a representative. */
	private static boolean onPaper(CurrentUser user) {
		return user.has(Role.OFFICE);
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("onPaper", onPaper(user));
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("representatives", queries.choices(user)
			.stream()
			.filter(r -> onPaper(user) || !user.representativeId().map(own -> own == r.id()).orElse(false))
			.toList());
		return FORM;
	}

	// ---- the proposal's page ------------------------------------------------------------------------

	@GetMapping("/{id}")
	@PreAuthorize(ProposalApi.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ProposalView view = queries.view(user, id);
		Proposal p = view.proposal();
		model.addAttribute("view", view);
		model.addAttribute("p", p);
		model.addAttribute("can", view.actions().stream().map(Enum::name).toList());
		model.addAttribute("draftedAt", support.time(p.draftedAt(), user));
		model.addAttribute("history", p.history()
			.stream()
			.map(h -> new HistoryRow(h.step().name(), h.status().name(), h.byUsername(), support.time(h.at(), user),
					note(h.step(), h.note(), view)))
			.toList());
		model.addAttribute("confirmedAt", p.cosigners()
			.stream()
			.map(c -> c.confirmedAt() == null ? "" : support.time(c.confirmedAt(), user))
			.toList());
		model.addAttribute("replyTimes", p.replies().stream().map(r -> support.time(r.recordedAt(), user)).toList());
		model.addAttribute("documentTimes", view.documents().stream().map(d -> support.time(d.uploadedAt(), user)).toList());
		model.addAttribute("unanswered", p.units().stream().filter(u -> !p.replied(u.name())).toList());
		model.addAttribute("satisfactions", ProposalSatisfaction.values());
		model.addAttribute("assignment", ProposalStepForms.Assignment.empty());
		return "casework/proposal";
	}

	/** One step of the history, its time in the district's zone, its note in words. */
	record HistoryRow(String step, String status, String by, String at, String note) {
	}

	private String note(ProposalHistory.Step step, String note, ProposalView view) {
		if (note == null) {
			return null;
		}
		return switch (step) {
			case COSIGNED -> view.name(Long.parseLong(note));
			case EVALUATED -> support.text("casework.proposal.satisfaction." + note);
			default -> note;
		};
	}

	// ---- steps --------------------------------------------------------------------------------------

	@PostMapping("/{id}/confirm")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		long self = user.representativeId().orElseThrow(() -> new Problem.Forbidden("problem.forbidden"));
		return step(id, redirect, "casework.proposal.notice.confirmed", () -> proposals.confirm(user, id, self));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "casework.proposal.notice.submitted", () -> proposals.submit(user, id));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasRole('OFFICE')")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute ProposalStepForms.Assignment form, RedirectAttributes redirect) {
		return step(id, redirect, "casework.proposal.notice.assigned", () -> proposals.assign(user, id, form.units()));
	}

	@PostMapping("/{id}/responses")
	@PreAuthorize("hasRole('OFFICE')")
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute ProposalStepForms.Reply form, RedirectAttributes redirect) {
		return step(id, redirect, "casework.proposal.notice.replied",
				() -> proposals.reply(user, id, form.handlingUnit(), form.content()));
	}

	@PostMapping("/{id}/evaluation")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute ProposalStepForms.Evaluation form, RedirectAttributes redirect) {
		return step(id, redirect, "casework.proposal.notice.evaluated",
				() -> proposals.evaluate(user, id, form.satisfaction()));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute ProposalStepForms.Withdrawal form, RedirectAttributes redirect) {
		return step(id, redirect, "casework.proposal.notice.withdrawn", () -> proposals.withdraw(user, id, form.reason()));
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize("hasRole('OFFICE')")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "document", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		MultipartFile file = files == null ? null : files.stream().filter(f -> !f.isEmpty()).findFirst().orElse(null);
		if (file == null) {
			redirect.addFlashAttribute("error", support.text("casework.proposal.document.choose"));
			return "redirect:/proposals/" + id;
		}
		return step(id, redirect, "casework.proposal.notice.document-attached",
				() -> documents.attach(user, id, file.getOriginalFilename(), file.getSize(), file));
	}

	/** A step: done, or why not (a message on the proposal's page); an unknown proposal or a refusal is the error page. */
	private String step(long id, RedirectAttributes redirect, String notice, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem.Conflict | Problem.Invalid | Problem.TooLarge | Problem.UnsupportedType problem) {
			redirect.addFlashAttribute("error", support.text(problem));
		}
		return "redirect:/proposals/" + id;
	}
}
