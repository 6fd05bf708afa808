package cn.lvzhi.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Constituents' appeals' workflow (API.md "Casework"), for the API and the pages alike:
 * registering, proxying (with the proxy's item-2 record), routing to a handling unit, following
 * up, resolving and reopening, each as {@link AppealPolicy} allows the user — checked before the
 * input (403 before 422) — guarded by the {@link Appeal} itself (409 from the wrong state), kept in
 * its history and published as an {@link AppealChanged}. A step and the records it creates commit
 * together or not at all. The rating is {@link AppealRatings}', reading {@link AppealQueries}'.
 */
@Service
@Transactional
public class Appeals {

	private final AppealAccess access;

	private final AppealRepository appeals;

	private final Workstations workstations;

	private final Representatives representatives;

	private final AppealRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Appeals(AppealAccess access, AppealRepository appeals, Workstations workstations, Representatives representatives,
			AppealRecords records, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.appeals = appeals;
		this.workstations = workstations;
		this.representatives = representatives;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers an appeal at a workstation: {@code RECEIVED}.
	 * @throws Problem.Forbidden when the user does not register appeals at that workstation
	 * @throws Problem.Invalid for missing or wrong fields, a future day, an unknown workstation
	 */
	public Appeal register(CurrentUser user, AppealRegistration registration) {
		Long workstationId = registration.workstationId();
		Workstation workstation = workstationId == null ? null
				: workstations.find(workstationId).filter(w -> w.districtId() == user.districtId()).orElse(null);
		if (workstation != null) {
			AppealPolicy.require(AppealPolicy.of(user, workstationId, null, access.attached(user, workstationId))
				.registers());
		}
		else if (!user.readsWholeDistrict() && workstationId != null) {
			// Staff and representatives register only at their own workstations.
			throw new Problem.Forbidden("casework.problem.not-yours");
		}
		var violations = new ArrayList<FieldViolation>(registration.violations(access.today(user.districtId())));
		if (workstationId != null && workstation == null) {
			violations.add(new FieldViolation("workstationId", "casework.validation.workstation-unknown"));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		Appeal appeal = appeals.save(Appeal.register(user.districtId(), registration, user.username(), clock.instant()));
		events.publishEvent(AppealChanged.of(appeal, AppealAction.REGISTER));
		return appeal;
	}

	/**
	 * A representative takes a received appeal on as proxy: {@code PROXIED}, and an item-2 record
	 * ({@code RECORDED}, source the appeal) for them in the same transaction. A representative not
	 * serving today is refused by the record's checks (422 naming {@code representativeId}) and
	 * nothing is changed.
	 */
	public Appeal proxy(CurrentUser user, long id, Long representativeId) {
		Appeal appeal = access.load(user, id);
		AppealPolicy.require(access.policy(user, appeal).proxies(appeal.status(), representativeId));
		if (representativeId == null) {
			throw Problem.Invalid.field("representativeId", "validation.required");
		}
		Representative representative = representatives.find(representativeId)
			.filter(r -> r.districtId() == user.districtId())
			.orElseThrow(() -> Problem.Invalid.field("representativeId", "casework.validation.representative-unknown"));
		appeal.proxy(representativeId, representative.name(), user.username(), clock.instant());
		appeal = access.save(appeal);
		records.proxied(user, appeal, representativeId, access.today(user.districtId()));
		events.publishEvent(AppealChanged.of(appeal, AppealAction.PROXY));
		return appeal;
	}

	/** The appeal is routed to a handling unit with a due date: {@code ASSIGNED}. */
	public Appeal assign(CurrentUser user, long id, AppealAssignment assignment) {
		Appeal appeal = handled(user, id);
		List<FieldViolation> violations = assignment.violations(appeal.receivedOn());
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		appeal.assign(assignment.routing(), user.username(), clock.instant());
		return saved(appeal, AppealAction.ASSIGN);
	}

	/** A follow-up (跟踪督办) on the appeal's timeline, while it waits for its result. */
	public AppealFollowUp followUp(CurrentUser user, long id, String note) {
		Appeal appeal = handled(user, id);
		String text = text("note", note, AppealFollowUp.NOTE_MAX);
		appeal.followUp(text, user.username(), clock.instant());
		appeal = saved(appeal, AppealAction.FOLLOW_UP);
		return appeal.followUps().get(appeal.followUps().size() - 1);
	}

	/** The handling unit's result, written down: {@code RESOLVED}, waiting for the constituent's rating. */
	public Appeal resolve(CurrentUser user, long id, String resolution) {
		Appeal appeal = handled(user, id);
		String text = text("resolution", resolution, AppealRegistration.CONTENT_MAX);
		appeal.resolve(text, user.username(), clock.instant());
		return saved(appeal, AppealAction.RESOLVE);
	}

	/**
	 * The proxy reopens a result the constituent was dissatisfied with, once: back to
	 * {@code PROXIED}, to be routed again. The earlier rating's item-3 record (0 points) stays.
	 */
	public Appeal reopen(CurrentUser user, long id, String reason) {
		Appeal appeal = access.load(user, id);
		AppealPolicy.require(access.policy(user, appeal).reopens());
		String why = AppealRegistration.clean(reason);
		if (why != null && why.length() > AppealFollowUp.NOTE_MAX) {
			throw Problem.Invalid.field("reason", "validation.too-long", AppealFollowUp.NOTE_MAX);
		}
		appeal.reopen(why, user.username(), clock.instant());
		return saved(appeal, AppealAction.REOPEN);
	}

	private Appeal handled(CurrentUser user, long id) {
		Appeal appeal = access.load(user, id);
		AppealPolicy.require(access.policy(user, appeal).handles());
		return appeal;
	}

	private Appeal saved(Appeal appeal, AppealAction step) {
		Appeal saved = access.save(appeal);
		events.publishEvent(AppealChanged.of(saved, step));
		return saved;
	}

	private static String text(String field, String value, int max) {
		String text = AppealRegistration.clean(value);
		if (text == null) {
			throw Problem.Invalid.field(field, "validation.required");
		}
		if (text.length() > max) {
			throw Problem.Invalid.field(field, "validation.too-long", max);
		}
		return text;
	}
}
