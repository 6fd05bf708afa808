package cn.lvzhi.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Activity records' workflow, for the API and the pages alike: creating a record, and moving it
 * (record, verify, reject, return, refer, revoke, amend), each as {@link ActivityPolicy} allows the user,
 * checked against the standard and the roster ({@link ActivityChecks}), kept in the record's
 * history and published as an event. A foreign record (another representative's, another
 * workstation's) is refused with 403, an unknown one with 404. Lists are
 * {@link ActivitySearch}'s, collective activities {@link CollectiveActivities}', the ledger's read
 * model {@link VerifiedActivities}.
 */
@Service
@Transactional
public class Activities {

	private final ActivityRepository records;

	private final Representatives representatives;

	private final ActivityChecks checks;

	private final ActivityViews views;

	private final PointsLookup points;

	private final ClosedCycles closedCycles;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Activities(ActivityRepository records, Representatives representatives, ActivityChecks checks,
			ActivityViews views, PointsLookup points, ClosedCycles closedCycles, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.records = records;
		this.representatives = representatives;
		this.checks = checks;
		this.views = views;
		this.points = points;
		this.closedCycles = closedCycles;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	// ---- creating ---------------------------------------------------------------------------

	/**
	 * A new record: {@code SUBMITTED} when a representative reports their own activity,
	 * {@code RECORDED} when the staff of the representative's workstation (community or
	 * industry) or the office enter it.
	 * @throws Problem.Invalid for a future day, an item unknown to the standard in force that day,
	 * a representative unknown or not serving that day, and the fields' own mistakes
	 * @throws Problem.Forbidden when the user may not enter records for this representative
	 */
	public ActivityRecord create(CurrentUser user, Long representativeId, ActivityDetails details) {
		long district = user.districtId();
		Optional<Representative> representative = representativeId == null ? Optional.empty()
				: representatives.find(representativeId).filter(r -> r.districtId() == district);
		ActivityStatus initial = representative.map(r -> policy(user, r).entry()).orElse(null);
		var violations = new ArrayList<FieldViolation>();
		if (representativeId == null) {
			violations.add(new FieldViolation("representativeId", "validation.required"));
		}
		else if (representative.isEmpty()) {
			violations.add(new FieldViolation("representativeId", "activities.validation.representative-unknown"));
		}
		checks.check(district, representative.orElse(null), "representativeId", details, violations);
		ActivityChecks.notFromCasework(details, violations);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		ActivityRecord record = records.save(ActivityRecord.create(district, representativeId, details, initial, null,
				null, user.username(), clock.instant()));
		events.publishEvent(initial == ActivityStatus.SUBMITTED ? ActivityReported.of(record, user.username())
				: ActivityRecorded.of(record, user.username()));
		return record;
	}

	// ---- the workflow -------------------------------------------------------------------------

	/** Staff of the representative's workstation record a reported activity: {@code RECORDED}. */
	public ActivityRecord record(CurrentUser user, long id) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.RECORD);
			record.record(user, clock.instant());
			return ActivityRecorded.of(record, user.username());
		});
	}

	/**
	 * The office verifies a recorded activity; the evaluation group may verify a rejected or a
	 * referred one with a reason ({@code reason} is ignored otherwise). The ledger books the points
	 * in the same transaction.
	 */
	public ActivityRecord verify(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			boolean satisfactionRequired = checks.satisfactionRequired(record);
			var verification = policy(user, representative).verification(record.status());
			closedCycles.requireOpen(record); // a closed cycle's points are final (DOMAIN.md 8)
			if (verification == ActivityPolicy.Verification.BY_OFFICE) {
				record.verify(user, satisfactionRequired, clock.instant());
				return ActivityVerified.of(record, user.username(), null);
			}
			record.verifyAfterReview(user, reason, satisfactionRequired, clock.instant());
			return ActivityVerified.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The office rejects a reported or recorded activity, the evaluation group a referred one, with a reason. */
	public ActivityRecord reject(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requireTurn(ActivityAction.REJECT, record.status());
			record.reject(user, reason, clock.instant());
			return ActivityRejected.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The office returns a recorded activity, the evaluation group a referred one, with a reason. */
	public ActivityRecord returnForInformation(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requireTurn(ActivityAction.RETURN, record.status());
			record.returnForInformation(user, reason, clock.instant());
			return ActivityReturned.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The office refers a recorded activity it finds hard to judge to the evaluation group, with a reason. */
	public ActivityRecord refer(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.REFER);
			record.refer(user, reason, clock.instant());
			return ActivityReferred.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The evaluation group revokes a verified record, with a reason; the ledger reverses its points. */
	public ActivityRecord revoke(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.REVOKE);
			closedCycles.requireOpen(record);
			record.revoke(user, reason, clock.instant());
			return ActivityRevoked.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/**
	 * The representative or the staff of their workstation amend a returned record with changed
	 * details; it goes back to {@code SUBMITTED}.
	 */
	public ActivityRecord amend(CurrentUser user, long id, ActivityDetails details) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.AMEND);
			record.status().requireOneOf(ActivityStatus.RETURNED);
			var violations = new ArrayList<FieldViolation>();
			// A record from casework keeps its item and the constituent's rating (DOMAIN.md 11).
			ActivityDetails changed = record.source().isEmpty() ? details
					: new ActivityDetails(record.itemCode(), details.occurredOn(), details.title(), details.description(),
							details.place(), details.hours(), record.satisfaction().orElse(null));
			checks.check(record.districtId(), representative, "occurredOn", changed, violations);
			if (record.source().isEmpty()) {
				ActivityChecks.notFromCasework(changed, violations);
			}
			if (!violations.isEmpty()) {
				throw Problem.Invalid.fields(violations);
			}
			record.amend(user, changed, clock.instant());
			return ActivityAmended.of(record, user.username());
		});
	}

	/**
	 * Verifies each record in its own transaction; the outcome of each is reported, so that a
	 * record verified meanwhile by someone else does not hold back the rest.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<BatchOutcome> verifyAll(CurrentUser user, Collection<Long> ids) {
		return batch(ids, id -> {
			ActivityRecord record = verify(user, id, null);
			return BatchOutcome.done(record, points.pointsOf(record.id()));
		});
	}

	/** Records each reported activity in its own transaction; the outcome of each is reported. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<BatchOutcome> recordAll(CurrentUser user, Collection<Long> ids) {
		return batch(ids, id -> BatchOutcome.done(record(user, id), null));
	}

	private List<BatchOutcome> batch(Collection<Long> ids, Function<Long, BatchOutcome> action) {
		var outcomes = new ArrayList<BatchOutcome>();
		for (Long id : new LinkedHashSet<>(ids)) {
			try {
				outcomes.add(transactions.execute(status -> action.apply(id)));
			}
			catch (Problem problem) {
				outcomes.add(BatchOutcome.failed(id, problem));
			}
			catch (ConcurrencyFailureException e) {
				outcomes.add(BatchOutcome.failed(id, new Problem.Conflict("problem.stale")));
			}
		}
		return outcomes;
	}

	private interface Change {
		ActivityEvent apply(ActivityRecord record, Representative representative);
	}

	private ActivityRecord transition(CurrentUser user, long id, Change change) {
		ActivityRecord record = load(user.districtId(), id);
		Representative representative = representativeOf(record);
		if (!representatives.readableBy(user, representative)) {
			throw new Problem.Forbidden("activities.problem.not-yours");
		}
		ActivityEvent event = change.apply(record, representative);
		try {
			ActivityRecord saved = records.save(record);
			events.publishEvent(event);
			return saved;
		}
		catch (ConcurrencyFailureException e) {
			// Someone else moved the record meanwhile (optimistic version), or the ledger row of
			// the representative stayed locked too long: the caller may reload and try again.
			throw new Problem.Conflict("problem.stale");
		}
	}

	/** Who may do what to this representative's records: the roster says whether the user is their staff. */
	private static ActivityPolicy policy(CurrentUser user, Representative representative) {
		return ActivityPolicy.of(user, representative.id(), representative.hasStaff(user));
	}

	// ---- reading ------------------------------------------------------------------------------

	/** The record if the user may read it: 404 if unknown, 403 if not theirs to see. */
	@Transactional(readOnly = true)
	public ActivityRecord getFor(CurrentUser user, long id) {
		ActivityRecord record = load(user.districtId(), id);
		if (!representatives.readableBy(user, representativeOf(record))) {
			throw new Problem.Forbidden("activities.problem.not-yours");
		}
		return record;
	}

	/** The record with its points and possible duplicates, if the user may read it. */
	@Transactional(readOnly = true)
	public ActivityView view(CurrentUser user, long id) {
		ActivityRecord record = getFor(user, id);
		return views.of(List.of(record), Map.of(record.representativeId(), representativeOf(record).name())).get(0);
	}

	/** Today in the district's time zone: the latest day an activity may have taken place. */
	public LocalDate today(long districtId) {
		return checks.today(districtId);
	}

	// ---- helpers ------------------------------------------------------------------------------

	private ActivityRecord load(long districtId, long id) {
		return records.findById(id)
			.filter(r -> r.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("activities.problem.not-found", id));
	}

	private Representative representativeOf(ActivityRecord record) {
		return representatives.find(record.representativeId()).orElseThrow();
	}
}
