package cn.lvzhi.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.casework.CaseFile;
import cn.lvzhi.casework.CaseText;
import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.CollectiveCase;
import cn.lvzhi.casework.CollectiveCaseEntered;
import cn.lvzhi.casework.CollectiveCasePolicy;
import cn.lvzhi.casework.Upload;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeFilter;
import cn.lvzhi.roster.RepresentativeStatus;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * What the pages of inspections, inquiries and written opinions share: the representatives a
 * user may enter as participants, today in the district, times in its zone, the participants'
 * records as rows (linked where the reader may open them), Chinese texts, and a domain problem
 * turned into field errors or a message.
 */
@Component
class CollectiveCasePageSupport {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Representatives representatives;

	private final Districts districts;

	private final MessageSource messages;

	private final Clock clock;

	CollectiveCasePageSupport(Representatives representatives, Districts districts, MessageSource messages,
			Clock clock) {
		this.representatives = representatives;
		this.districts = districts;
		this.messages = messages;
		this.clock = clock;
	}

	/** A participant's record as the case page lists it; {@code linked}: the reader may open the record. */
	record ParticipantRow(String name, long activityId, ActivityStatus status, int points, boolean linked) {
	}

	/** A report, answer or document's line: who wrote it down or uploaded it, and when. */
	record Written(String by, String at) {
	}

	/**
	 * The serving representatives a user may enter as participants: the office all of the
	 * district, staff those of their workstation; none for anybody else.
	 */
	List<Representative> enterableFor(CurrentUser user) {
		if (user.has(Role.OFFICE)) {
			return representatives
				.all(new RepresentativeFilter(user.districtId(), null, RepresentativeStatus.ACTIVE, null));
		}
		if (user.has(Role.WORKSTATION_STAFF) && user.workstationId().isPresent()) {
			return representatives.ofWorkstation(user.workstationId().get())
				.stream()
				.filter(Representative::isActive)
				.toList();
		}
		return List.of();
	}

	LocalDate today(CurrentUser user) {
		return LocalDate.ofInstant(clock.instant(), districts.of(user.districtId()).timeZone());
	}

	String time(CurrentUser user, Instant at) {
		return MINUTES.format(at.atZone(districts.of(user.districtId()).timeZone()));
	}

	Written written(CurrentUser user, CaseText text) {
		return new Written(text.writtenBy(), time(user, text.writtenAt()));
	}

	Written written(CurrentUser user, CaseFile file) {
		return new Written(file.uploadedBy(), time(user, file.uploadedAt()));
	}

	/** The participants' records, each linked when the reader may open it (the record's own rule). */
	List<ParticipantRow> rows(CurrentUser user, List<ActivityView> records) {
		var rows = new ArrayList<ParticipantRow>();
		for (ActivityView v : records) {
			long representative = v.record().representativeId();
			boolean linked = user.readsWholeDistrict()
					|| user.has(Role.REPRESENTATIVE) && user.representativeId().orElse(-1L) == representative
					|| user.has(Role.WORKSTATION_STAFF)
							&& representatives.find(representative).map(r -> r.hasStaff(user)).orElse(false);
			rows.add(new ParticipantRow(v.representativeName(), v.record().id(), v.record().status(),
					v.points(), linked));
		}
		return rows;
	}

	/** The form that enters a case of the kind, posted to {@code base + "/new"}. */
	String form(CurrentUser user, Model model, String kind, String base) {
		model.addAttribute("kind", kind);
		model.addAttribute("action", base + "/new");
		model.addAttribute("representatives", enterableFor(user));
		model.addAttribute("today", today(user));
		return "casework/collective-form";
	}

	/** A case entered: to its page, which says how many records it created. */
	static String entered(CollectiveCaseEntered entered, String base, RedirectAttributes redirect) {
		redirect.addFlashAttribute("entered", entered.activityIds().size());
		return "redirect:" + base + "/" + entered.id();
	}

	/**
	 * The case page as every kind has it: the case under its heading, the participants' records,
	 * and whether the reader may write what follows; the caller adds what follows.
	 */
	String show(CurrentUser user, Model model, String kind, CaseView<? extends CollectiveCase> view, String heading) {
		model.addAttribute("kind", kind);
		model.addAttribute("c", view.value());
		model.addAttribute("heading", heading);
		model.addAttribute("rows", rows(user, view.records()));
		model.addAttribute("followsUp", CollectiveCasePolicy.followsUp(user, view.standing()));
		return "casework/collective-case";
	}

	/**
	 * What follows a case (a report, an answer, a file), written on its page: done with the notice,
	 * or refused with the reason; back to the case page either way.
	 */
	String followUp(String casePage, Runnable step, String notice, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem.Invalid | Problem.Conflict | Problem.TooLarge | Problem.UnsupportedType refused) {
			refused(refused, redirect);
		}
		return "redirect:" + casePage;
	}

	/** A chosen file as an upload, or {@code null} when none was chosen. */
	static Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return null;
		}
		return new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A problem in words; a validation problem by its fields' messages. */
	String text(Problem problem) {
		if (problem instanceof Problem.Invalid invalid && !invalid.fields().isEmpty()) {
			return String.join(";", invalid.fields().stream().map(f -> text(f.messageKey(), f.args())).toList());
		}
		return text(problem.messageKey(), problem.args());
	}

	/** A refused follow-up (a report, an answer, a file) as the message of the page it returns to. */
	void refused(Problem problem, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", text(problem));
	}
}
