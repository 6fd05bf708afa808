package cn.lvzhi.activities;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Collective activities (an inspection, a community event): entered once by the office, or by
 * workstation staff for their own representatives, as one {@code RECORDED} record per
 * participant, all or none.
 */
@Service
@Transactional
public class CollectiveActivities {

	private final ActivityRepository records;

	private final CollectiveActivityRepository collectives;

	private final Representatives representatives;

	private final ActivityChecks checks;

	private final ActivityViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CollectiveActivities(ActivityRepository records, CollectiveActivityRepository collectives,
			Representatives representatives, ActivityChecks checks, ActivityViews views, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.collectives = collectives;
		this.representatives = representatives;
		this.checks = checks;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A collective activity with a record for each participant.
	 * @throws Problem.Invalid for no, too many, unknown, repeated or not serving participants and
	 * the details' own mistakes
	 * @throws Problem.Forbidden when the user may not enter records for one of the participants
	 */
	public CollectiveActivity create(CurrentUser user, CollectiveDetails collective) {
		long district = user.districtId();
		var violations = new ArrayList<FieldViolation>();
		List<Long> ids = collective.participantIds() == null ? List.of() : collective.participantIds();
		if (ids.isEmpty()) {
			violations.add(new FieldViolation("participantIds", "validation.required"));
		}
		else if (ids.size() > CollectiveDetails.MAX_PARTICIPANTS) {
			violations.add(new FieldViolation("participantIds", "activities.validation.participants-too-many",
					CollectiveDetails.MAX_PARTICIPANTS));
		}
		ActivityDetails details = collective.activity();
		checks.check(district, null, null, details, violations);
		ActivityChecks.notFromCasework(details, violations);
		var participants = new ArrayList<Representative>();
		var seen = new HashSet<Long>();
		for (int i = 0; i < ids.size() && ids.size() <= CollectiveDetails.MAX_PARTICIPANTS; i++) {
			String field = "participantIds[" + i + "]";
			Long id = ids.get(i);
			Optional<Representative> r = id == null ? Optional.empty()
					: representatives.find(id).filter(x -> x.districtId() == district);
			if (r.isEmpty()) {
				violations.add(new FieldViolation(field, "activities.validation.representative-unknown"));
			}
			else if (!seen.add(id)) {
				violations.add(new FieldViolation(field, "activities.validation.participant-twice"));
			}
			else {
				ActivityPolicy.of(user, id, r.get().hasStaff(user)).requireCollectiveEntry();
				ActivityChecks.served(r.get(), details.occurredOn(), field, violations);
				participants.add(r.get());
			}
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		var now = clock.instant();
		ActivityDetails clean = details.normalized();
		long collectiveId = collectives.insert(district, clean, user.username(), now);
		var created = new ArrayList<Long>();
		for (Representative r : participants) {
			ActivityRecord record = records.save(ActivityRecord.create(district, r.id(), clean,
					ActivityStatus.RECORDED, null, collectiveId, user.username(), now));
			events.publishEvent(ActivityRecorded.of(record, user.username()));
			created.add(record.id());
		}
		events.publishEvent(new CollectiveActivityCreated(district, collectiveId, clean.itemCode(),
				clean.occurredOn(), List.copyOf(created)));
		return new CollectiveActivity(collectiveId, List.copyOf(created));
	}

	/**
	 * The records of a collective activity of the district, in its participants' order, each with
	 * its representative's name and the points it has earned so far: for the page or answer of
	 * what the collective activity was entered for (casework's inspections, inquiries and written
	 * opinions). Who may read it is the caller's to check.
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> records(long districtId, long collectiveId) {
		List<ActivityRecord> found = records.findByCollectiveIdOrderById(collectiveId)
			.stream()
			.filter(r -> r.districtId() == districtId)
			.toList();
		var names = new HashMap<Long, String>();
		for (ActivityRecord r : found) {
			names.computeIfAbsent(r.representativeId(),
					id -> representatives.find(id).map(Representative::name).orElse(""));
		}
		return views.of(found, names);
	}

	/**
	 * The representative's ten latest records of collective activities (inspections, community
	 * events…), newest first, with their points: for their page beside their points. Who may read
	 * the representative's records is the caller's to check.
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> latestOf(long districtId, long representativeId) {
		List<ActivityRecord> found = records.findFirst10ByRepresentativeIdAndCollectiveIdIsNotNullOrderByIdDesc(representativeId)
			.stream()
			.filter(r -> r.districtId() == districtId)
			.toList();
		String name = representatives.find(representativeId).map(Representative::name).orElse("");
		return views.of(found, java.util.Map.of(representativeId, name));
	}
}
