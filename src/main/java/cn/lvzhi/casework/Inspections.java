package cn.lvzhi.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.CollectiveActivity;
import cn.lvzhi.activities.CollectiveDetails;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Collective inspections and research (视察调研, item 6): entered once with their participants (one
 * {@code RECORDED} item-6 record each, in the same transaction), then their report written
 * afterwards — a text and a file, each once. Reading them is {@link CollectiveCaseQueries}';
 * who may do what is {@link CollectiveCasePolicy}'s. Unknown: 404; not the user's: 403; permission
 * is asked before anything sent is looked at.
 */
@Service
@Transactional
public class Inspections {

	private final InspectionRepository inspections;

	private final CollectiveCaseEntry entry;

	private final CaseParticipants participants;

	private final CaseFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Inspections(InspectionRepository inspections, CollectiveCaseEntry entry, CaseParticipants participants,
			CaseFiles files, ApplicationEventPublisher events, Clock clock) {
		this.inspections = inspections;
		this.entry = entry;
		this.participants = participants;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Enters an inspection with its participants: 403 for a user who enters none or a participant
	 * not theirs, 422 naming each field found wrong (the day, title, description, place,
	 * {@code participantIds[i]}); nothing written then.
	 */
	public CollectiveCaseEntered create(CurrentUser user, InspectionDetails details) {
		InspectionDetails d = details.normalized();
		CollectiveActivity collective = entry.enter(user, CollectiveCaseKind.INSPECTION,
				new CollectiveDetails(CollectiveCaseKind.INSPECTION.itemCode(), d.occurredOn(), d.title(),
						d.description(), d.place(), d.participantIds()),
				List.of(), Map.of());
		Inspection saved = inspections
			.save(Inspection.enter(user.districtId(), collective.id(), d, user.username(), clock.instant()));
		participants.add(CollectiveCaseKind.INSPECTION, saved.id(), d.participantIds());
		events.publishEvent(new CollectiveCaseEvent(saved.districtId(), CollectiveCaseKind.INSPECTION, saved.id(),
				CollectiveCaseEvent.ENTERED, "inspection on " + saved.occurredOn() + ", collective activity "
						+ collective.id() + ", item 6 records " + collective.activityIds()));
		return new CollectiveCaseEntered(saved.id(), collective.id(), collective.activityIds());
	}

	/**
	 * Writes the report's text: 404, 403 ({@link CollectiveCasePolicy#followsUp}), 409 written
	 * already, 422 without a text or with one too long.
	 */
	public Inspection report(CurrentUser user, long id, String text) {
		Inspection inspection = followedUp(user, id);
		inspection.report().ifPresent(written -> {
			throw new Problem.Conflict("inspection.problem.reported");
		});
		var violations = new ArrayList<FieldViolation>();
		CaseTexts.required(violations, "text", text, Inspection.REPORT_MAX);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		inspection.report(CaseTexts.clean(text), user.username(), clock.instant());
		Inspection saved = save(inspection, "inspection.problem.reported");
		events.publishEvent(new CollectiveCaseEvent(saved.districtId(), CollectiveCaseKind.INSPECTION, saved.id(),
				CollectiveCaseEvent.REPORTED, "report written, " + text.strip().length() + " characters"));
		return saved;
	}

	/**
	 * Adds the report's file: 404, 403, 409 one added already, then the file's own checks (422
	 * none or empty, 413 too large, 415 not a photo, PDF or Office document).
	 */
	public Inspection attachReport(CurrentUser user, long id, Upload upload) {
		Inspection inspection = followedUp(user, id);
		inspection.requireNoReportFile();
		CaseFile file = files.keep(user, upload);
		inspection.attachReport(file);
		Inspection saved = save(inspection, "inspection.problem.report-file-attached");
		events.publishEvent(new CollectiveCaseEvent(saved.districtId(), CollectiveCaseKind.INSPECTION, saved.id(),
				CollectiveCaseEvent.FILE_ADDED, "report " + CollectiveCaseEvent.describe(file)));
		return saved;
	}

	/** The report's file for a user who reads the inspection (404 none yet); the download is audited. */
	public CaseDownload downloadReport(CurrentUser user, long id) {
		Inspection inspection = inspections.get(user.districtId(), id);
		CollectiveCasePolicy.requireRead(user,
				participants.standing(user, participants.of(CollectiveCaseKind.INSPECTION, id)));
		CaseFile file = inspection.reportFile()
			.orElseThrow(() -> new Problem.NotFound("inspection.problem.no-report-file", id));
		events.publishEvent(new CollectiveCaseEvent(inspection.districtId(), CollectiveCaseKind.INSPECTION, id,
				CollectiveCaseEvent.FILE_DOWNLOADED, "report " + CollectiveCaseEvent.describe(file)));
		return new CaseDownload(file, files.read(file));
	}

	private Inspection followedUp(CurrentUser user, long id) {
		Inspection inspection = inspections.get(user.districtId(), id);
		CollectiveCasePolicy.requireFollowUp(user,
				participants.standing(user, participants.of(CollectiveCaseKind.INSPECTION, id)));
		return inspection;
	}

	private Inspection save(Inspection inspection, String raced) {
		try {
			return inspections.save(inspection);
		}
		catch (OptimisticLockingFailureException e) {
			// somebody wrote the same at the same moment
			throw new Problem.Conflict(raced);
		}
	}
}
