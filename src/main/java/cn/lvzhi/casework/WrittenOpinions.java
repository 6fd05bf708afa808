package cn.lvzhi.casework;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.CollectiveActivity;
import cn.lvzhi.activities.CollectiveDetails;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * Written opinions on supervision (书面意见建议, item 11): entered once with the representatives who
 * wrote them (one {@code RECORDED} item-11 record each, in the same transaction), with their
 * document then or added afterwards, once. Each record carries the opinion's title and the start
 * of its content. Reading them is {@link CollectiveCaseQueries}'; who may do what is
 * {@link CollectiveCasePolicy}'s.
 */
@Service
@Transactional
public class WrittenOpinions {

	private static final Map<String, String> FIELDS = Map.of("description", "content");

	private final WrittenOpinionRepository opinions;

	private final CollectiveCaseEntry entry;

	private final CaseParticipants participants;

	private final CaseFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WrittenOpinions(WrittenOpinionRepository opinions, CollectiveCaseEntry entry, CaseParticipants participants,
			CaseFiles files, ApplicationEventPublisher events, Clock clock) {
		this.opinions = opinions;
		this.entry = entry;
		this.participants = participants;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Enters a written opinion with its participants and, if one is given, its document: 403 for a
	 * user who enters none or a participant not theirs, 422 naming each field found wrong, then the
	 * document's own checks (413, 415, 422 empty); nothing written after any of them.
	 */
	public CollectiveCaseEntered create(CurrentUser user, WrittenOpinionDetails details, Upload document) {
		String content = CaseTexts.clean(details.content());
		CollectiveActivity collective = entry.enter(user, CollectiveCaseKind.WRITTEN_OPINION,
				new CollectiveDetails(CollectiveCaseKind.WRITTEN_OPINION.itemCode(), details.occurredOn(),
						details.title(), CaseTexts.cut(content, ActivityDetails.DESCRIPTION_MAX), null,
						details.participantIds()),
				details.violations(), FIELDS);
		WrittenOpinion opinion = WrittenOpinion.enter(user.districtId(), collective.id(), details, user.username(),
				clock.instant());
		CaseFile file = document == null ? null : files.keep(user, document);
		if (file != null) {
			opinion.attach(file);
		}
		WrittenOpinion saved = opinions.save(opinion);
		participants.add(CollectiveCaseKind.WRITTEN_OPINION, saved.id(), details.participantIds());
		events.publishEvent(new CollectiveCaseEvent(saved.districtId(), CollectiveCaseKind.WRITTEN_OPINION, saved.id(),
				CollectiveCaseEvent.ENTERED, "written opinion on " + saved.occurredOn() + ", collective activity "
						+ collective.id() + ", item 11 records " + collective.activityIds()));
		if (file != null) {
			added(saved, file);
		}
		return new CollectiveCaseEntered(saved.id(), collective.id(), collective.activityIds());
	}

	/**
	 * Adds the document: 404, 403 ({@link CollectiveCasePolicy#followsUp}), 409 one added already,
	 * then the file's own checks (422 none or empty, 413 too large, 415 not a photo, PDF or Office
	 * document).
	 */
	public WrittenOpinion attach(CurrentUser user, long id, Upload document) {
		WrittenOpinion opinion = opinions.get(user.districtId(), id);
		CollectiveCasePolicy.requireFollowUp(user,
				participants.standing(user, participants.of(CollectiveCaseKind.WRITTEN_OPINION, id)));
		opinion.requireNoDocument();
		CaseFile file = files.keep(user, document);
		opinion.attach(file);
		WrittenOpinion saved;
		try {
			saved = opinions.save(opinion);
		}
		catch (OptimisticLockingFailureException raced) {
			throw new Problem.Conflict("written-opinion.problem.document-attached");
		}
		added(saved, file);
		return saved;
	}

	/** The document for a user who reads the opinion (404 none yet); the download is audited. */
	public CaseDownload download(CurrentUser user, long id) {
		WrittenOpinion opinion = opinions.get(user.districtId(), id);
		CollectiveCasePolicy.requireRead(user,
				participants.standing(user, participants.of(CollectiveCaseKind.WRITTEN_OPINION, id)));
		CaseFile file = opinion.document()
			.orElseThrow(() -> new Problem.NotFound("written-opinion.problem.no-document", id));
		events.publishEvent(new CollectiveCaseEvent(opinion.districtId(), CollectiveCaseKind.WRITTEN_OPINION, id,
				CollectiveCaseEvent.FILE_DOWNLOADED, "document " + CollectiveCaseEvent.describe(file)));
		return new CaseDownload(file, files.read(file));
	}

	private void added(WrittenOpinion opinion, CaseFile file) {
		events.publishEvent(new CollectiveCaseEvent(opinion.districtId(), CollectiveCaseKind.WRITTEN_OPINION,
				opinion.id(), CollectiveCaseEvent.FILE_ADDED, "document " + CollectiveCaseEvent.describe(file)));
	}
}
