package cn.lvzhi.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.CollectiveActivity;
import cn.lvzhi.activities.CollectiveDetails;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Inquiries and questioning of a department (询问 / 质询, item 10): entered once with their
 * participants (one {@code RECORDED} item-10 record each, in the same transaction), with the
 * department's answer then or written down afterwards, once. Each record is titled by the kind and
 * the department ("询问:区住房和建设局") and carries the question. Reading them is
 * {@link CollectiveCaseQueries}'; who may do what is {@link CollectiveCasePolicy}'s.
 */
@Service
@Transactional
public class Inquiries {

	/** What the records call the case's fields: their title is the department, their description the question. */
	private static final Map<String, String> FIELDS = Map.of("title", "department", "description", "question");

	private final InquiryRepository inquiries;

	private final CollectiveCaseEntry entry;

	private final CaseParticipants participants;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Inquiries(InquiryRepository inquiries, CollectiveCaseEntry entry, CaseParticipants participants,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.inquiries = inquiries;
		this.entry = entry;
		this.participants = participants;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Enters an inquiry with its participants: 403 for a user who enters none or a participant not
	 * theirs, 422 naming each field found wrong (an unknown {@code kind} too); nothing written then.
	 */
	public CollectiveCaseEntered create(CurrentUser user, InquiryDetails details) {
		var violations = details.violations();
		String department = CaseTexts.clean(details.department());
		String kind = violations.stream().anyMatch(v -> v.field().equals("kind")) ? null : details.kind();
		String title = kind == null || department == null ? department
				: CaseTexts.cut(messages.getMessage("inquiry.record-title",
						new Object[] { messages.getMessage("inquiry.kind." + kind, null, Locale.CHINA), department },
						Locale.CHINA), ActivityDetails.TITLE_MAX);
		CollectiveActivity collective = entry.enter(user, CollectiveCaseKind.INQUIRY,
				new CollectiveDetails(CollectiveCaseKind.INQUIRY.itemCode(), details.occurredOn(), title,
						CaseTexts.clean(details.question()), null, details.participantIds()),
				violations, FIELDS);
		Inquiry saved = inquiries
			.save(Inquiry.enter(user.districtId(), collective.id(), details, user.username(), clock.instant()));
		participants.add(CollectiveCaseKind.INQUIRY, saved.id(), details.participantIds());
		events.publishEvent(new CollectiveCaseEvent(saved.districtId(), CollectiveCaseKind.INQUIRY, saved.id(),
				CollectiveCaseEvent.ENTERED, saved.kind() + " on " + saved.occurredOn() + ", collective activity "
						+ collective.id() + ", item 10 records " + collective.activityIds()
						+ (saved.answer().isPresent() ? ", answered" : "")));
		return new CollectiveCaseEntered(saved.id(), collective.id(), collective.activityIds());
	}

	/**
	 * Writes down the department's answer: 404, 403 ({@link CollectiveCasePolicy#followsUp}), 409
	 * answered already, 422 without an answer or with one too long.
	 */
	public Inquiry answer(CurrentUser user, long id, String answer) {
		Inquiry inquiry = inquiries.get(user.districtId(), id);
		CollectiveCasePolicy.requireFollowUp(user,
				participants.standing(user, participants.of(CollectiveCaseKind.INQUIRY, id)));
		inquiry.answer().ifPresent(written -> {
			throw new Problem.Conflict("inquiry.problem.answered");
		});
		var violations = new ArrayList<FieldViolation>();
		CaseTexts.required(violations, "answer", answer, InquiryDetails.ANSWER_MAX);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		inquiry.answer(CaseTexts.clean(answer), user.username(), clock.instant());
		Inquiry saved;
		try {
			saved = inquiries.save(inquiry);
		}
		catch (OptimisticLockingFailureException raced) {
			throw new Problem.Conflict("inquiry.problem.answered");
		}
		events.publishEvent(new CollectiveCaseEvent(saved.districtId(), CollectiveCaseKind.INQUIRY, saved.id(),
				CollectiveCaseEvent.ANSWERED, "answer written down, " + answer.strip().length() + " characters"));
		return saved;
	}
}
