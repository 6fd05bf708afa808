package cn.lvzhi.activities;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * The records casework creates (DOMAIN.md 11): the only way to the items of
 * {@link CaseworkItem}, each record linked back to its appeal or proposal
 * ({@link RecordSource}). Called by the casework module inside its own transaction, so
 * that a casework step and the records it creates or withdraws commit together or not at all.
 * Who may take the step is the casework's to check; the records then go through the office's
 * verification like any other.
 */
@Service
@Transactional
public class SourcedRecords {

	private final ActivityRepository records;

	private final Representatives representatives;

	private final ActivityChecks checks;

	private final ActivityViews views;

	private final ClosedCycles closedCycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SourcedRecords(ActivityRepository records, Representatives representatives, ActivityChecks checks,
			ActivityViews views, ClosedCycles closedCycles, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.representatives = representatives;
		this.checks = checks;
		this.views = views;
		this.closedCycles = closedCycles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A record that casework creates from its {@code source} (an appeal proxied or rated, a
	 * proposal submitted): {@code RECORDED}, waiting for the office's verification like any other,
	 * in the caller's transaction, so that the casework step and its records commit together. Who
	 * may take the step is the casework's to check; the details are checked here as for any record
	 * (a violation of the representative's term names {@code representativeId}).
	 * @throws Problem.Invalid for details the standard or the representative's term refuse
	 */
	public ActivityRecord record(CurrentUser user, long representativeId, ActivityDetails details,
			RecordSource source) {
		long district = user.districtId();
		Representative representative = representatives.find(representativeId)
			.filter(r -> r.districtId() == district)
			.orElseThrow(() -> Problem.Invalid.field("representativeId",
					"activities.validation.representative-unknown"));
		var violations = new ArrayList<FieldViolation>();
		checks.check(district, representative, "representativeId", details, violations);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		ActivityRecord record = records.save(ActivityRecord.create(district, representativeId, details,
				ActivityStatus.RECORDED, source, null, user.username(), clock.instant()));
		events.publishEvent(ActivityRecorded.of(record, user.username()));
		return record;
	}

	/**
	 * The casework {@code source} was withdrawn or found invalid: each of its records still live is
	 * revoked when verified (the ledger reverses its points) or rejected otherwise, with
	 * {@code reason}, in the caller's transaction.
	 * @throws Problem.Conflict when a verified record's cycle is closed: its points are final
	 */
	public List<ActivityRecord> withdraw(CurrentUser user, RecordSource source, String reason) {
		var moved = new ArrayList<ActivityRecord>();
		for (ActivityRecord record : records.findBySourceTypeAndSourceIdOrderById(source.type(), source.id())) {
			if (record.districtId() != user.districtId()) {
				continue;
			}
			boolean verified = record.status() == ActivityStatus.VERIFIED;
			if (verified) {
				closedCycles.requireOpen(record);
			}
			if (record.withdraw(user, reason, clock.instant())) {
				String why = record.latestReason().orElse(null);
				ActivityRecord saved = records.save(record);
				events.publishEvent(verified ? ActivityRevoked.of(saved, user.username(), why)
						: ActivityRejected.of(saved, user.username(), why));
				moved.add(saved);
			}
		}
		return moved;
	}

	/**
	 * The records created from {@code source}, oldest first, with their points, for the page or
	 * answer of the appeal or proposal; who may read the source is the casework's to check.
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> ofSource(long districtId, RecordSource source) {
		List<ActivityRecord> found = records.findBySourceTypeAndSourceIdOrderById(source.type(), source.id())
			.stream()
			.filter(r -> r.districtId() == districtId)
			.toList();
		var names = new HashMap<Long, String>();
		for (ActivityRecord r : found) {
			names.computeIfAbsent(r.representativeId(), id -> representatives.find(id).map(Representative::name).orElse(""));
		}
		return views.of(found, names);
	}
}
