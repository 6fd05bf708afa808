package cn.lvzhi.publication;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.ClosedCycles;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;

/**
 * Closing a district's cycle (DOMAIN.md 8): after the fourth quarter's list is published, the
 * office closes the year; its points are then final — records of that year are neither verified
 * nor revoked any more (this is the {@link ClosedCycles} port of activities); the evaluation
 * group's adjustments stay possible.
 */
@Service
@Transactional
public class Cycles implements ClosedCycles {

	private final PublicationRepository repository;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	Cycles(PublicationRepository repository, ApplicationEventPublisher events, java.time.Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The office closes a cycle.
	 * @throws Problem.Conflict when the cycle's fourth quarter is not published, or it is closed already
	 */
	public CycleClosure close(CurrentUser user, int year) {
		PublicationPolicy.requireDrafter(user);
		if (!CycleCalendar.isCycleYear(year)) {
			throw Problem.Invalid.field("year", "publication.validation.year");
		}
		long district = user.districtId();
		if (repository.closure(district, year).isPresent()) {
			throw new Problem.Conflict("publication.problem.cycle-already-closed", String.valueOf(year));
		}
		if (repository.live(district, year, 4).filter(Publication::isPublished).isEmpty()) {
			throw new Problem.Conflict("publication.problem.q4-not-published", String.valueOf(year));
		}
		var closure = new CycleClosure(year, user.username(), clock.instant());
		try {
			repository.insertClosure(district, closure);
		}
		catch (DuplicateKeyException concurrentClose) {
			throw new Problem.Conflict("publication.problem.cycle-already-closed", String.valueOf(year));
		}
		events.publishEvent(new CycleClosed(district, year, closure.closedAt()));
		return closure;
	}

	/** The closure of a cycle, if it is closed. */
	@Transactional(readOnly = true)
	public Optional<CycleClosure> closure(long districtId, int year) {
		return repository.closure(districtId, year);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isClosed(long districtId, int cycle) {
		return repository.closure(districtId, cycle).isPresent();
	}
}
