package cn.lvzhi.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.Satisfaction;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.Standards;

/**
 * Activity records and their workflow, for the API and the pages alike: who may create, read and
 * move a record (the representative themselves, the staff of their workstation, the office, the
 * evaluation group), the checks against the standard and the roster, the history and the
 * events. A foreign record (another representative's, another workstation's) is refused with
 * 403, an unknown one with 404.
 */
@Service
@Transactional
public class Activities {

	private final ActivityRepository records;

	private final Representatives representatives;

	private final Standards standards;

	private final Districts districts;

	private final PointsLookup points;

	private final ClosedCycles closedCycles;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Activities(ActivityRepository records, Representatives representatives, Standards standards, Districts districts,
			PointsLookup points, ClosedCycles closedCycles, JdbcClient jdbc, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.records = records;
		this.representatives = representatives;
		this.standards = standards;
		this.districts = districts;
		this.points = points;
		this.closedCycles = closedCycles;
		this.jdbc = jdbc;
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
		check(district, representative.orElse(null), "representativeId", details, violations);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		ActivityRecord record = save(ActivityRecord.create(district, representativeId, details, initial, null, null,
				user.username(), clock.instant()));
		events.publishEvent(initial == ActivityStatus.SUBMITTED ? ActivityReported.of(record, user.username())
				: ActivityRecorded.of(record, user.username()));
		return record;
	}

	/**
	 * A {@code RECORDED} record that the system creates for a representative from another record
	 * (an appeal proxied, a proposal submitted), with a link back to it. The caller has checked
	 * who may do that; the details are checked here as for {@link #create}.
	 */
	public ActivityRecord createFromSource(long districtId, long representativeId, ActivityDetails details,
			ActivityRecord.Source source, String by) {
		Optional<Representative> representative = representatives.find(representativeId)
			.filter(r -> r.districtId() == districtId);
		var violations = new ArrayList<FieldViolation>();
		if (representative.isEmpty()) {
			violations.add(new FieldViolation("representativeId", "activities.validation.representative-unknown"));
		}
		check(districtId, representative.orElse(null), "representativeId", details, violations);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		ActivityRecord record = save(ActivityRecord.create(districtId, representativeId, details,
				ActivityStatus.RECORDED, source, null, by, clock.instant()));
		events.publishEvent(ActivityRecorded.of(record, by));
		return record;
	}

	/**
	 * A collective activity (the office, or workstation staff for their own representatives):
	 * one {@code RECORDED} record per participant, all or none.
	 */
	public CollectiveActivity createCollective(CurrentUser user, CollectiveDetails collective) {
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
		check(district, null, null, details, violations);
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
				policy(user, r.get()).requireCollectiveEntry();
				served(r.get(), details.occurredOn(), field, violations);
				participants.add(r.get());
			}
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		var now = clock.instant();
		ActivityDetails clean = details.normalized();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into collective_activity (district_id, item_code, occurred_on, title, description, created_by,
				    created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(district, clean.itemCode(), clean.occurredOn(), clean.title(), clean.description(),
					user.username(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(key, "id");
		long collectiveId = key.getKeyAs(Number.class).longValue();
		var created = new ArrayList<Long>();
		for (Representative r : participants) {
			ActivityRecord record = save(ActivityRecord.create(district, r.id(), clean, ActivityStatus.RECORDED, null,
					collectiveId, user.username(), now));
			events.publishEvent(ActivityRecorded.of(record, user.username()));
			created.add(record.id());
		}
		events.publishEvent(new CollectiveActivityCreated(district, collectiveId, clean.itemCode(),
				clean.occurredOn(), List.copyOf(created)));
		return new CollectiveActivity(collectiveId, List.copyOf(created));
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
	 * The office verifies a recorded activity; the evaluation group may verify a rejected one
	 * with a reason ({@code reason} is ignored otherwise). The ledger books the points in the same
	 * transaction.
	 */
	public ActivityRecord verify(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			boolean satisfactionRequired = satisfactionRequired(record);
			var verification = policy(user, representative).verification(record.status());
			requireOpenCycle(record);
			if (verification == ActivityPolicy.Verification.BY_OFFICE) {
				record.verify(user, satisfactionRequired, clock.instant());
				return ActivityVerified.of(record, user.username(), null);
			}
			record.verifyAfterReview(user, reason, satisfactionRequired, clock.instant());
			return ActivityVerified.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The office rejects a reported or recorded activity, with a reason. */
	public ActivityRecord reject(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.REJECT);
			record.reject(user, reason, clock.instant());
			return ActivityRejected.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The office returns a recorded activity for more information, with a reason. */
	public ActivityRecord returnForInformation(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.RETURN);
			record.returnForInformation(user, reason, clock.instant());
			return ActivityReturned.of(record, user.username(), record.latestReason().orElse(null));
		});
	}

	/** The evaluation group revokes a verified record, with a reason; the ledger reverses its points. */
	public ActivityRecord revoke(CurrentUser user, long id, String reason) {
		return transition(user, id, (record, representative) -> {
			policy(user, representative).requirePartIn(ActivityAction.REVOKE);
			requireOpenCycle(record);
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
			if (record.status() != ActivityStatus.RETURNED) {
				throw new Problem.Conflict("activities.problem.wrong-state", record.status().name());
			}
			var violations = new ArrayList<FieldViolation>();
			check(record.districtId(), representative, "occurredOn", details, violations);
			if (!violations.isEmpty()) {
				throw Problem.Invalid.fields(violations);
			}
			record.amend(user, details, clock.instant());
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
		for (Long id : new java.util.LinkedHashSet<>(ids)) {
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

	/**
	 * After its cycle is closed, a record's points are final (DOMAIN.md 8): it is neither
	 * verified nor revoked any more; only an adjustment changes them.
	 */
	private void requireOpenCycle(ActivityRecord record) {
		int cycle = record.occurredOn().getYear();
		if (closedCycles.isClosed(record.districtId(), cycle)) {
			throw new Problem.Conflict("activities.problem.cycle-closed", String.valueOf(cycle));
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
		return views(List.of(record), Map.of(record.representativeId(), representativeOf(record).name())).get(0);
	}

	/** The points a record has earned so far (0 when none). */
	@Transactional(readOnly = true)
	public int points(long id) {
		return points.pointsOf(id);
	}

	/**
	 * A page of the records the user may see (a representative their own, staff their
	 * workstation's, the office and the evaluation group all of the district), newest day first.
	 * @throws Problem.Forbidden when asking for another representative's or workstation's records
	 * than one's own, or when the user's roles read no records at all
	 */
	@Transactional(readOnly = true)
	public PageResult<ActivityView> search(CurrentUser user, ActivityQuery query, PageQuery page) {
		var where = new StringBuilder(" from activity a join representative r on r.id = a.representative_id"
				+ " where a.district_id = :district");
		var params = new HashMap<String, Object>();
		params.put("district", user.districtId());
		if (!user.has(Role.OFFICE) && !user.has(Role.EVALUATION_GROUP)) {
			Optional<Long> workstation = user.has(Role.WORKSTATION_STAFF) ? user.workstationId() : Optional.empty();
			Optional<Long> self = user.has(Role.REPRESENTATIVE) ? user.representativeId() : Optional.empty();
			if (workstation.isEmpty() && self.isEmpty()) {
				throw new Problem.Forbidden("problem.forbidden");
			}
			if (query.workstationId() != null && !workstation.map(query.workstationId()::equals).orElse(false)) {
				throw new Problem.Forbidden("activities.problem.not-yours");
			}
			if (query.representativeId() != null && workstation.isEmpty()
					&& !self.map(query.representativeId()::equals).orElse(false)) {
				throw new Problem.Forbidden("activities.problem.not-yours");
			}
			var scope = new ArrayList<String>();
			workstation.ifPresent(ws -> {
				scope.add("r.community_workstation_id = :own_ws or r.industry_workstation_id = :own_ws");
				params.put("own_ws", ws);
			});
			self.ifPresent(me -> {
				scope.add("a.representative_id = :self");
				params.put("self", me);
			});
			where.append(" and (").append(String.join(" or ", scope)).append(")");
		}
		if (query.representativeId() != null) {
			where.append(" and a.representative_id = :representative");
			params.put("representative", query.representativeId());
		}
		if (query.workstationId() != null) {
			where.append(" and (r.community_workstation_id = :ws or r.industry_workstation_id = :ws)");
			params.put("ws", query.workstationId());
		}
		if (query.status() != null) {
			where.append(" and a.status = :status");
			params.put("status", query.status().name());
		}
		if (query.year() != null) {
			if (!CycleCalendar.isCycleYear(query.year())) {
				throw Problem.Invalid.field("year", "validation.year");
			}
			where.append(" and a.occurred_on between :year_start and :year_end");
			params.put("year_start", LocalDate.of(query.year(), 1, 1));
			params.put("year_end", LocalDate.of(query.year(), 12, 31));
		}
		if (query.itemCode() != null) {
			where.append(" and a.item_code = :item");
			params.put("item", query.itemCode());
		}
		if (query.from() != null) {
			where.append(" and a.occurred_on >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			where.append(" and a.occurred_on <= :to");
			params.put("to", query.to());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		params.put("size", page.size());
		params.put("offset", page.offset());
		var names = new HashMap<Long, String>();
		List<Long> ids = jdbc
			.sql("select a.id, a.representative_id, r.name" + where
					+ " order by a.occurred_on desc, a.id desc limit :size offset :offset")
			.params(params)
			.query((rs, n) -> {
				names.put(rs.getLong(2), rs.getString(3));
				return rs.getLong(1);
			})
			.list();
		Map<Long, ActivityRecord> byId = new HashMap<>();
		records.findAllById(ids).forEach(r -> byId.put(r.id(), r));
		return page.result(views(ids.stream().map(byId::get).toList(), names), total);
	}

	private List<ActivityView> views(List<ActivityRecord> list, Map<Long, String> names) {
		List<Long> ids = list.stream().map(ActivityRecord::id).toList();
		Map<Long, Integer> earned = ids.isEmpty() ? Map.of() : points.pointsOf(ids);
		Map<Long, List<Long>> duplicates = possibleDuplicates(ids);
		return list.stream()
			.map(r -> new ActivityView(r, names.get(r.representativeId()), earned.getOrDefault(r.id(), 0),
					duplicates.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/**
	 * For each record, the other live (not rejected or revoked) records of the same
	 * representative, item and day: likely duplicates, shown so that a verifier can look; they
	 * are not refused.
	 */
	private Map<Long, List<Long>> possibleDuplicates(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var result = new LinkedHashMap<Long, List<Long>>();
		jdbc.sql("""
				select a.id, d.id from activity a
				join activity d on d.representative_id = a.representative_id and d.item_code = a.item_code
				    and d.occurred_on = a.occurred_on and d.id <> a.id and d.status not in ('REJECTED', 'REVOKED')
				where a.id in (:ids) order by a.id, d.id""")
			.param("ids", ids)
			.query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return result;
	}

	/**
	 * The verified records of a representative dated in a cycle, in creation (id) order: what the
	 * ledger scores.
	 */
	@Transactional(readOnly = true)
	public List<VerifiedActivity> verifiedOf(long representativeId, int cycle) {
		return jdbc.sql("""
				select id, district_id, representative_id, item_code, occurred_on, satisfaction, created_at
				from activity where representative_id = ? and status = 'VERIFIED' and occurred_on between ? and ?
				order by id""")
			.params(representativeId, LocalDate.of(cycle, 1, 1), LocalDate.of(cycle, 12, 31))
			.query((rs, n) -> new VerifiedActivity(rs.getLong("id"), rs.getLong("district_id"),
					rs.getLong("representative_id"), rs.getInt("item_code"),
					rs.getObject("occurred_on", LocalDate.class),
					Optional.ofNullable(rs.getString("satisfaction")).map(Satisfaction::valueOf),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Today in the district's time zone: the latest day an activity may have taken place. */
	public LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
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

	private ActivityRecord save(ActivityRecord record) {
		return records.save(record);
	}

	/**
	 * The checks of a record's details against the day, the standard in force that day and the
	 * representative's term ({@code representative} may be {@code null} when it is checked
	 * elsewhere); violations are added to {@code found}.
	 */
	private void check(long districtId, Representative representative, String termField, ActivityDetails details,
			List<FieldViolation> found) {
		int before = found.size();
		found.addAll(details.violations(today(districtId)));
		boolean dayOk = details.occurredOn() != null
				&& found.stream().skip(before).noneMatch(v -> v.field().equals("occurredOn"));
		if (dayOk && details.itemCode() != null && itemOn(districtId, details.itemCode(), details.occurredOn()).isEmpty()) {
			found.add(new FieldViolation("itemCode", "activities.validation.item-unknown", details.itemCode(),
					details.occurredOn().toString()));
		}
		if (dayOk && representative != null) {
			served(representative, details.occurredOn(), termField, found);
		}
	}

	private static void served(Representative representative, LocalDate day, String field, List<FieldViolation> found) {
		if (day == null) {
			return;
		}
		boolean started = !day.isBefore(representative.startedOn());
		boolean notEnded = representative.endedOn().map(end -> !day.isAfter(end)).orElse(true);
		if (!started || !notEnded) {
			found.add(new FieldViolation(field, "activities.validation.not-serving", representative.name(),
					day.toString()));
		}
	}

	private Optional<StandardItem> itemOn(long districtId, int code, LocalDate day) {
		try {
			return standards.inForce(districtId, day).item(code);
		}
		catch (Problem.NotFound none) {
			return Optional.empty();
		}
	}

	private boolean satisfactionRequired(ActivityRecord record) {
		return itemOn(record.districtId(), record.itemCode(), record.occurredOn())
			.map(item -> item.rule() instanceof Rule.BySatisfaction)
			.orElse(false);
	}
}
