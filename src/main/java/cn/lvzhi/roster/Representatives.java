package cn.lvzhi.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * The representatives of a district: registered, corrected and ended by the office. Reading them
 * is {@link RepresentativeQueries}' work; the few reads here delegate to it, for the modules
 * that ask them here.
 */
@Service
@Transactional
public class Representatives {

	private final RepresentativeRepository representatives;

	private final Workstations workstations;

	private final Districts districts;

	private final RepresentativeQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Representatives(RepresentativeRepository representatives, Workstations workstations, Districts districts,
			RepresentativeQueries queries, ApplicationEventPublisher events, Clock clock) {
		this.representatives = representatives;
		this.workstations = workstations;
		this.districts = districts;
		this.queries = queries;
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

	// ---- reads, for the modules that ask them here: the read side is RepresentativeQueries ----

	/** @see RepresentativeQueries#find */
	@Transactional(readOnly = true)
	public Optional<Representative> find(long id) {
		return queries.find(id);
	}

	/** @see RepresentativeQueries#get */
	@Transactional(readOnly = true)
	public Representative get(long districtId, long id) {
		return queries.get(districtId, id);
	}

	/** @see RepresentativeQueries#ofWorkstation */
	@Transactional(readOnly = true)
	public List<Representative> ofWorkstation(long workstationId) {
		return queries.ofWorkstation(workstationId);
	}

	/** @see RepresentativeQueries#list */
	@Transactional(readOnly = true)
	public PageResult<Representative> list(RepresentativeFilter filter, PageQuery page) {
		return queries.list(filter, page);
	}

	/** @see RepresentativeQueries#all */
	@Transactional(readOnly = true)
	public List<Representative> all(RepresentativeFilter filter) {
		return queries.all(filter);
	}

	/** @see RepresentativePolicy#readableBy */
	public boolean readableBy(CurrentUser user, Representative representative) {
		return RepresentativePolicy.readableBy(user, representative);
	}

	/** @see RepresentativeQueries#getFor */
	@Transactional(readOnly = true)
	public Representative getFor(CurrentUser user, long id) {
		return queries.getFor(user, id);
	}

	/** Today in the district's time zone. */
	LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	private void checkWorkstations(long districtId, RepresentativeDetails details) {
		var violations = new ArrayList<>(details.violations());
		workstationViolation(districtId, details.communityWorkstationId(), WorkstationType.COMMUNITY,
				"communityWorkstationId")
			.ifPresent(violations::add);
		workstationViolation(districtId, details.industryWorkstationId(), WorkstationType.INDUSTRY,
				"industryWorkstationId")
			.ifPresent(violations::add);
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
	}

	/** What is wrong with the workstation given in a field, if any: unknown in the district, or of the other type. */
	private Optional<Problem.FieldViolation> workstationViolation(long districtId, Long workstationId,
			WorkstationType type, String field) {
		if (workstationId == null) {
			return Optional.empty();
		}
		Optional<Workstation> workstation = workstations.find(workstationId).filter(w -> w.districtId() == districtId);
		if (workstation.isEmpty()) {
			return Optional.of(new Problem.FieldViolation(field, "roster.validation.workstation.unknown"));
		}
		if (workstation.get().type() != type) {
			return Optional.of(new Problem.FieldViolation(field, type.notThisTypeKey()));
		}
		return Optional.empty();
	}

	private static String summary(Representative r) {
		return "community workstation " + r.communityWorkstationId()
				+ r.industryWorkstationId().map(i -> ", industry workstation " + i).orElse("") + ", phone "
				+ Masking.phone(r.phone());
	}
}
