package cn.lvzhi.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * The quarterly lists of a district (DOMAIN.md 7): drafting (the office), approving and so
 * publishing (the evaluation group), discarding a draft (the office), and recording downloads.
 * Reading them (the office and the evaluation group every list, workstation staff and the public
 * the published ones) is {@link PublicationQueries}' work.
 */
@Service
@Transactional
public class Publications {

	private final PublicationRepository repository;

	private final PublicationQueries queries;

	private final Standings standings;

	private final Districts districts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publications(PublicationRepository repository, PublicationQueries queries, Standings standings,
			Districts districts, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.standings = standings;
		this.districts = districts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The office drafts the list of a quarter that is over: the standings as of its last day
	 * (records dated up to it and verified now), with each row's quarter points.
	 * @throws Problem.Invalid for a missing or impossible year or quarter, or a quarter not over yet
	 * @throws Problem.Conflict when the quarter already has a draft or a published list, or when
	 * the previous quarter of the year is not published yet
	 */
	public Publication draft(CurrentUser user, Integer year, Integer quarter) {
		PublicationPolicy.requireDrafter(user);
		long district = user.districtId();
		var violations = new ArrayList<FieldViolation>();
		if (year == null) {
			violations.add(new FieldViolation("year", "validation.required"));
		}
		else if (!CycleCalendar.isCycleYear(year)) {
			violations.add(new FieldViolation("year", "publication.validation.year"));
		}
		if (quarter == null) {
			violations.add(new FieldViolation("quarter", "validation.required"));
		}
		else if (quarter < 1 || quarter > 4) {
			violations.add(new FieldViolation("quarter", "publication.validation.quarter"));
		}
		if (violations.isEmpty() && !Publication.lastDayOf(year, quarter).isBefore(today(district))) {
			violations.add(new FieldViolation("quarter", "publication.validation.quarter-not-over",
					Publication.lastDayOf(year, quarter).toString()));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		if (repository.live(district, year, quarter).isPresent()) {
			throw new Problem.Conflict("publication.problem.duplicate", String.valueOf(year), quarter);
		}
		Map<Long, Integer> previousTotals = new HashMap<>();
		if (quarter > 1) {
			Publication previous = repository.live(district, year, quarter - 1)
				.filter(Publication::isPublished)
				.orElseThrow(() -> new Problem.Conflict("publication.problem.previous-not-published",
						String.valueOf(year), quarter - 1));
			previous.rows().forEach(r -> previousTotals.put(r.representativeId(), r.total()));
		}
		LocalDate asOf = Publication.lastDayOf(year, quarter);
		var rows = new ArrayList<PublicationRow>();
		for (StandingsRow s : standings.of(district, year, asOf, null).rows()) {
			int quarterPoints = s.total() - previousTotals.getOrDefault(s.representativeId(), 0);
			rows.add(new PublicationRow(s.representativeId(), s.name(), s.workstationId(), s.workstationName(),
					s.byCategory(), s.adjustments(), s.total(), quarterPoints, s.rankInWorkstation(), s.rankOverall()));
		}
		Publication draft = Publication.draft(district, districts.of(district).name(), year, quarter, rows,
				user.username(), clock.instant());
		long id;
		try {
			id = repository.insert(draft);
		}
		catch (DuplicateKeyException concurrentDraft) {
			throw new Problem.Conflict("publication.problem.duplicate", String.valueOf(year), quarter);
		}
		events.publishEvent(new PublicationDrafted(district, id, year, quarter, rows.size(), draft.contentHash()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * The evaluation group approves a draft: it is published.
	 * @throws Problem.Conflict when it is not a draft (any more)
	 * @throws Problem.Forbidden when the approver drafted it, or when it includes a change the
	 * approver made ({@link #includesChangeBy}; audited)
	 */
	public Publication approve(CurrentUser user, long id) {
		PublicationPolicy.requireApprover(user);
		Publication publication = queries.load(user.districtId(), id);
		ConflictOfInterest.check(user, includesChangeBy(user, publication), ConflictOfInterest.Decision.LIST_APPROVAL,
				id, events::publishEvent);
		publication.approve(user, clock.instant());
		save(publication);
		events.publishEvent(new PublicationPublished(publication.districtId(), id, publication.year(),
				publication.quarter(), publication.publishedAt().orElseThrow(), publication.contentHash()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * Whether the user may approve the list, as the page offers it: a draft, the evaluation group,
	 * not its drafter (four eyes), and no change of theirs in it.
	 */
	@Transactional(readOnly = true)
	public boolean mayApprove(CurrentUser user, Publication publication) {
		return PublicationPolicy.mayApprove(user, publication, () -> includesChangeBy(user, publication));
	}

	/**
	 * Whether the list includes a change the user made ({@link ConflictOfInterest#inList}): a row
	 * of the user's own representative with quarter points other than 0, or a ledger entry the
	 * user booked that this list counts and the previous quarter's published list did not.
	 */
	boolean includesChangeBy(CurrentUser user, Publication publication) {
		List<Long> changed = publication.rows()
			.stream()
			.filter(r -> r.quarterPoints() != 0)
			.map(PublicationRow::representativeId)
			.toList();
		Standings.Snapshot previous = publication.quarter() == 1 ? null
				: repository.live(publication.districtId(), publication.year(), publication.quarter() - 1)
					.filter(Publication::isPublished)
					.map(p -> new Standings.Snapshot(p.asOf(), p.draftedAt()))
					.orElse(null);
		boolean booked = standings.bookedFirstIn(publication.districtId(), publication.year(), user.username(),
				new Standings.Snapshot(publication.asOf(), publication.draftedAt()), previous);
		return ConflictOfInterest.inList(user, changed, booked);
	}

	/**
	 * The office discards a draft, with a reason, so that the quarter can be drafted again.
	 * @throws Problem.Conflict when it is not a draft
	 */
	public Publication discard(CurrentUser user, long id, String reason) {
		PublicationPolicy.requireDrafter(user);
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw Problem.Invalid.field("reason", "validation.required");
		}
		if (clean.length() > 500) {
			throw Problem.Invalid.field("reason", "publication.validation.reason-size", 500);
		}
		Publication publication = queries.load(user.districtId(), id);
		publication.discard(user, clean, clock.instant());
		save(publication);
		events.publishEvent(new PublicationDiscarded(publication.districtId(), id, publication.year(),
				publication.quarter(), clean));
		return repository.find(id).orElseThrow();
	}

	/** @see PublicationQueries#list (for the evaluation group's inbox, which asks it here) */
	@Transactional(readOnly = true)
	public List<PublicationSummary> list(CurrentUser user, Integer year) {
		return queries.list(user, year);
	}

	/** A list the user may read, downloaded as a file ({@code xlsx}, {@code pdf}): recorded. */
	public Publication export(CurrentUser user, long id, String format) {
		Publication publication = queries.get(user, id);
		events.publishEvent(new PublicationExported(publication.districtId(), id, publication.year(),
				publication.quarter(), format, false));
		return publication;
	}

	/** A published list downloaded by anyone: recorded. */
	public Publication exportPublished(long id, String format) {
		Publication publication = queries.published(id);
		events.publishEvent(new PublicationExported(publication.districtId(), id, publication.year(),
				publication.quarter(), format, true));
		return publication;
	}

	// ---- helpers -------------------------------------------------------------------------------

	private void save(Publication publication) {
		try {
			repository.saveStatus(publication);
		}
		catch (OptimisticLockingFailureException e) {
			throw new Problem.Conflict("problem.stale");
		}
	}

	private LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}
}
