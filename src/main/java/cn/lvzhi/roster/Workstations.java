package cn.lvzhi.roster;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.Problem;

/** The workstations of a district: set up by the office, read by everyone who works with the roster. */
@Service
@Transactional
public class Workstations {

	private final WorkstationRepository workstations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Workstations(WorkstationRepository workstations, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.workstations = workstations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public Workstation create(long districtId, String name, WorkstationType type, int displayOrder) {
		Workstation workstation = Workstation.create(districtId, name, type, displayOrder, clock.instant());
		if (workstations.existsByDistrictIdAndNameIgnoreCase(districtId, workstation.name())) {
			throw new Problem.Conflict("roster.problem.workstation-name-taken", workstation.name());
		}
		workstation = workstations.save(workstation);
		events.publishEvent(RosterEvent.of("WORKSTATION_CREATED", workstation));
		return workstation;
	}

	/**
	 * Renames, re-orders or re-types a workstation. {@code expectedVersion} (optional) is the
	 * version the editor saw: a stale one is refused. The type cannot change while representatives
	 * are linked to the workstation in its current role.
	 */
	public Workstation change(long districtId, long id, String name, WorkstationType type, int displayOrder,
			Integer expectedVersion) {
		Workstation workstation = get(districtId, id);
		if (expectedVersion != null && !expectedVersion.equals(workstation.version())) {
			throw new Problem.Conflict("problem.stale");
		}
		String newName = name == null ? null : name.strip();
		if (newName != null && !newName.equalsIgnoreCase(workstation.name())
				&& workstations.existsByDistrictIdAndNameIgnoreCase(districtId, newName)) {
			throw new Problem.Conflict("roster.problem.workstation-name-taken", newName);
		}
		if (type != null && type != workstation.type() && linkedRepresentatives(workstation) > 0) {
			throw new Problem.Conflict("roster.problem.workstation-type-in-use", workstation.name());
		}
		workstation.change(name, type, displayOrder, clock.instant());
		workstation = workstations.save(workstation);
		events.publishEvent(RosterEvent.of("WORKSTATION_CHANGED", workstation));
		return workstation;
	}

	private long linkedRepresentatives(Workstation workstation) {
		String column = workstation.type() == WorkstationType.COMMUNITY ? "community_workstation_id"
				: "industry_workstation_id";
		return jdbc.sql("select count(*) from representative where " + column + " = ?")
			.param(workstation.id())
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Workstation> find(long id) {
		return workstations.findById(id);
	}

	/** The workstation of this district, or 404. */
	@Transactional(readOnly = true)
	public Workstation get(long districtId, long id) {
		return workstations.findById(id)
			.filter(w -> w.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("roster.problem.workstation-not-found", id));
	}

	/** All workstations of a district, in display order (then by name). */
	@Transactional(readOnly = true)
	public List<Workstation> inDisplayOrder(long districtId) {
		return workstations.findByDistrictIdOrderByDisplayOrderAscNameAsc(districtId);
	}
}
