package cn.lvzhi.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The representatives of a district: registered, corrected and ended by the office; read by
 * other modules (by id, by workstation) and by the people allowed to see them.
 */
@Service
@Transactional
public class Representatives {

	private final RepresentativeRepository representatives;

	private final Workstations workstations;

	private final Districts districts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Representatives(RepresentativeRepository representatives, Workstations workstations, Districts districts,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.representatives = representatives;
		this.workstations = workstations;
		this.districts = districts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a serving representative; the workstations must be of this district and the right type. */
	public Representative register(long districtId, RepresentativeDetails details) {
		checkWorkstations(districtId, details);
		Representative representative = representatives
			.save(Representative.register(districtId, details, today(districtId), clock.instant()));
		events.publishEvent(RosterEvent.of("REPRESENTATIVE_CREATED", representative, summary(representative)));
		return representative;
	}

	/** Corrects a representative's details; {@code expectedVersion} (optional) guards against lost updates. */
	public Representative change(long districtId, long id, RepresentativeDetails details, Integer expectedVersion) {
		Representative representative = get(districtId, id);
		if (expectedVersion != null && !expectedVersion.equals(representative.version())) {
			throw new Problem.Conflict("problem.stale");
		}
		checkWorkstations(districtId, details);
		representative.change(details, today(districtId), clock.instant());
		representative = representatives.save(representative);
		events.publishEvent(RosterEvent.of("REPRESENTATIVE_CHANGED", representative, summary(representative)));
		return representative;
	}

	/** Ends a representative's term (离任); the record stays, with its history. */
	public Representative end(long districtId, long id, LocalDate endedOn, String reason) {
		Representative representative = get(districtId, id);
		representative.end(endedOn, reason, today(districtId), clock.instant());
		representative = representatives.save(representative);
		events.publishEvent(RosterEvent.of("REPRESENTATIVE_ENDED", representative,
				"ended " + endedOn + ", " + representative.endReason().orElse("")));
		return representative;
	}

	/** Saves the representatives of an import, checked already, announcing them with one event. */
	void saveImported(List<Representative> imported) {
		representatives.saveAll(imported);
		long ended = imported.stream().filter(r -> !r.isActive()).count();
		events.publishEvent(new RosterEvent("REPRESENTATIVES_IMPORTED", RosterEvent.REPRESENTATIVE, null,
				"imported " + imported.size() + " representatives (" + ended + " with an ended term)"));
	}

	@Transactional(readOnly = true)
	public Optional<Representative> find(long id) {
		return representatives.findById(id);
	}

	/** The representative of this district, or 404. */
	@Transactional(readOnly = true)
	public Representative get(long districtId, long id) {
		return representatives.findById(id)
			.filter(r -> r.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("roster.problem.representative-not-found", id));
	}

	/** The representatives attached to a workstation (community or industry), serving or not, by name. */
	@Transactional(readOnly = true)
	public List<Representative> ofWorkstation(long workstationId) {
		List<Long> ids = jdbc
			.sql("select id from representative where community_workstation_id = :ws or industry_workstation_id = :ws"
					+ " order by name, id")
			.param("ws", workstationId)
			.query(Long.class)
			.list();
		return load(ids);
	}

	/**
	 * A page of representatives: ordered by their community workstation's display order, then
	 * by name.
	 */
	@Transactional(readOnly = true)
	public PageResult<Representative> list(RepresentativeFilter filter, PageQuery page) {
		var where = new StringBuilder(" from representative r join workstation w on w.id = r.community_workstation_id"
				+ " where r.district_id = :district");
		var params = new HashMap<String, Object>();
		params.put("district", filter.districtId());
		if (filter.workstationId() != null) {
			where.append(" and (r.community_workstation_id = :ws or r.industry_workstation_id = :ws)");
			params.put("ws", filter.workstationId());
		}
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.representativeId() != null) {
			where.append(" and r.id = :id");
			params.put("id", filter.representativeId());
		}
		String name = RepresentativeDetails.clean(filter.name());
		if (name != null) {
			where.append(" and lower(r.name) like :name escape '\\'");
			params.put("name", "%" + name.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		params.put("size", page.size());
		params.put("offset", page.offset());
		List<Long> ids = jdbc
			.sql("select r.id" + where + " order by w.display_order, w.name, r.name, r.id limit :size offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		return page.result(load(ids), total);
	}

	/** Every representative matching the filter, in list order (for an export). */
	@Transactional(readOnly = true)
	public List<Representative> all(RepresentativeFilter filter) {
		var result = new ArrayList<Representative>();
		int page = 0;
		PageResult<Representative> batch;
		do {
			batch = list(filter, new PageQuery(page++, PageQuery.MAX_SIZE));
			result.addAll(batch.items());
		}
		while ((long) page * PageQuery.MAX_SIZE < batch.total());
		return result;
	}

	private List<Representative> load(List<Long> ids) {
		Map<Long, Representative> byId = new HashMap<>();
		representatives.findAllById(ids).forEach(r -> byId.put(r.id(), r));
		return ids.stream().map(byId::get).toList();
	}

	/**
	 * Whether a user may read this representative: the office and the evaluation group every one
	 * of their district; workstation staff those of their workstation; a representative
	 * themselves.
	 */
	public boolean readableBy(CurrentUser user, Representative representative) {
		if (user.districtId() != representative.districtId()) {
			return false;
		}
		if (user.has(Role.OFFICE) || user.has(Role.EVALUATION_GROUP)) {
			return true;
		}
		if (representative.hasStaff(user)) {
			return true;
		}
		return user.has(Role.REPRESENTATIVE) && user.representativeId().map(representative.id()::equals).orElse(false);
	}

	/** The representative if the user may read it: 404 if unknown, 403 if not theirs to see. */
	@Transactional(readOnly = true)
	public Representative getFor(CurrentUser user, long id) {
		Representative representative = get(user.districtId(), id);
		if (!readableBy(user, representative)) {
			throw new Problem.Forbidden("roster.problem.not-your-representative");
		}
		return representative;
	}

	/**
	 * The filter a user may list with: the office and the evaluation group as asked; workstation
	 * staff only their own workstation (asking for another: 403); a representative only
	 * themselves; anybody else nothing (403).
	 */
	public RepresentativeFilter filterFor(CurrentUser user, Long workstationId, RepresentativeStatus status,
			String name) {
		long district = user.districtId();
		if (user.has(Role.OFFICE) || user.has(Role.EVALUATION_GROUP)) {
			return new RepresentativeFilter(district, workstationId, status, name, null);
		}
		if (user.has(Role.WORKSTATION_STAFF) && user.workstationId().isPresent()) {
			long own = user.workstationId().get();
			if (workstationId != null && workstationId != own) {
				throw new Problem.Forbidden("roster.problem.not-your-representative");
			}
			return new RepresentativeFilter(district, own, status, name, null);
		}
		if (user.has(Role.REPRESENTATIVE) && user.representativeId().isPresent()) {
			return new RepresentativeFilter(district, workstationId, status, name, user.representativeId().get());
		}
		throw new Problem.Forbidden("problem.forbidden");
	}

	/**
	 * Records in the audit trail that a user was shown representatives' phone numbers in full
	 * (DOMAIN.md: every full view of personal data is audited). Nothing is recorded for users
	 * who see them masked, or when none of the shown has a phone.
	 */
	public void phonesShown(CurrentUser user, java.util.Collection<Representative> shown) {
		if (!seesFullPhone(user)) {
			return;
		}
		List<Representative> withPhone = shown.stream().filter(r -> r.phone() != null).toList();
		if (withPhone.size() == 1) {
			events.publishEvent(RosterEvent.of("REPRESENTATIVE_PHONE_VIEWED", withPhone.get(0), "phone shown in full"));
		}
		else if (!withPhone.isEmpty()) {
			events.publishEvent(new RosterEvent("REPRESENTATIVE_PHONES_VIEWED", RosterEvent.REPRESENTATIVE, null,
					"phones of " + withPhone.size() + " representatives shown in full: "
							+ withPhone.stream().map(r -> String.valueOf(r.id())).collect(java.util.stream.Collectors.joining(","))));
		}
	}

	/** Phone numbers are shown in full only to the office, who keeps the roster. */
	public static boolean seesFullPhone(CurrentUser user) {
		return user.has(Role.OFFICE);
	}

	/** The phone as this user may see it. */
	public static String phoneFor(CurrentUser user, Representative representative) {
		return seesFullPhone(user) ? representative.phone() : Masking.phone(representative.phone());
	}

	/** Today in the district's time zone. */
	LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	private void checkWorkstations(long districtId, RepresentativeDetails details) {
		var violations = new ArrayList<>(details.violations());
		violations.addAll(workstationViolations(districtId, details.communityWorkstationId(),
				details.industryWorkstationId()));
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
	}

	List<Problem.FieldViolation> workstationViolations(long districtId, Long communityId, Long industryId) {
		var violations = new ArrayList<Problem.FieldViolation>();
		if (communityId != null) {
			Optional<Workstation> community = workstations.find(communityId).filter(w -> w.districtId() == districtId);
			if (community.isEmpty()) {
				violations.add(new Problem.FieldViolation("communityWorkstationId", "roster.validation.workstation.unknown"));
			}
			else if (community.get().type() != WorkstationType.COMMUNITY) {
				violations.add(new Problem.FieldViolation("communityWorkstationId",
						"roster.validation.workstation.not-community"));
			}
		}
		if (industryId != null) {
			Optional<Workstation> industry = workstations.find(industryId).filter(w -> w.districtId() == districtId);
			if (industry.isEmpty()) {
				violations.add(new Problem.FieldViolation("industryWorkstationId", "roster.validation.workstation.unknown"));
			}
			else if (industry.get().type() != WorkstationType.INDUSTRY) {
				violations.add(new Problem.FieldViolation("industryWorkstationId",
						"roster.validation.workstation.not-industry"));
			}
		}
		return violations;
	}

	private static String summary(Representative r) {
		return "community workstation " + r.communityWorkstationId()
				+ r.industryWorkstationId().map(i -> ", industry workstation " + i).orElse("") + ", phone "
				+ Masking.phone(r.phone());
	}
}
