package cn.lvzhi.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.shared.Role;

/**
 * The quarterly lists of a district (DOMAIN.md 7): drafting (the office), approving and so
 * publishing (the evaluation group), discarding a draft (the office), reading (the office and
 * the evaluation group every list, workstation staff and the public the published ones), and
 * recording downloads.
 */
@Service
@Transactional
public class Publications {

	static final Set<PublicationStatus> ALL = EnumSet.allOf(PublicationStatus.class);

	static final Set<PublicationStatus> PUBLISHED = EnumSet.of(PublicationStatus.PUBLISHED);

	private final PublicationRepository repository;

	private final Standings standings;

	private final Districts districts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publications(PublicationRepository repository, Standings standings, Districts districts,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
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
		requireRole(user, Role.OFFICE);
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
		requireRole(user, Role.EVALUATION_GROUP);
		Publication publication = load(user.districtId(), id);
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
		return publication.status() == PublicationStatus.DRAFT && user.has(Role.EVALUATION_GROUP)
				&& !user.username().equals(publication.draftedBy()) && !includesChangeBy(user, publication);
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
		requireRole(user, Role.OFFICE);
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw Problem.Invalid.field("reason", "validation.required");
		}
		if (clean.length() > 500) {
			throw Problem.Invalid.field("reason", "publication.validation.reason-size", 500);
		}
		Publication publication = load(user.districtId(), id);
		publication.discard(user, clean, clock.instant());
		save(publication);
		events.publishEvent(new PublicationDiscarded(publication.districtId(), id, publication.year(),
				publication.quarter(), clean));
		return repository.find(id).orElseThrow();
	}

	/**
	 * A list the user may read: the office and the evaluation group any of their district's,
	 * others (workstation staff) only published ones; 404 otherwise.
	 */
	@Transactional(readOnly = true)
	public Publication get(CurrentUser user, long id) {
		Publication publication = load(user.districtId(), id);
		if (!readsDrafts(user) && !publication.isPublished()) {
			throw new Problem.NotFound("publication.problem.not-found", String.valueOf(id));
		}
		return publication;
	}

	/** The lists the user may read, of a year or all years, newest first. */
	@Transactional(readOnly = true)
	public List<PublicationSummary> list(CurrentUser user, Integer year) {
		return repository.summaries(user.districtId(), year, readsDrafts(user) ? ALL : PUBLISHED);
	}

	/** The years in which the user's district has lists the user may read, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years(CurrentUser user) {
		return repository.years(user.districtId(), readsDrafts(user) ? ALL : PUBLISHED);
	}

	/** The changes since the previous quarter's published list. */
	@Transactional(readOnly = true)
	public PublicationChanges changes(Publication publication) {
		Map<Long, Integer> previousRanks = new HashMap<>();
		Long previousId = null;
		if (publication.quarter() > 1) {
			var previous = repository.live(publication.districtId(), publication.year(), publication.quarter() - 1)
				.filter(Publication::isPublished);
			if (previous.isPresent()) {
				previousId = previous.get().id();
				previous.get().rows().forEach(r -> previousRanks.put(r.representativeId(), r.rankOverall()));
			}
		}
		var rows = new ArrayList<PublicationChanges.RowChange>();
		var nothing = new ArrayList<PublicationRow>();
		int newPoints = 0;
		for (PublicationRow r : publication.rows()) {
			Integer before = previousRanks.get(r.representativeId());
			rows.add(new PublicationChanges.RowChange(r, before, before == null ? null : before - r.rankOverall()));
			if (r.quarterPoints() == 0) {
				nothing.add(r);
			}
			newPoints += r.quarterPoints();
		}
		return new PublicationChanges(previousId, newPoints, rows, nothing);
	}

	/** A list the user may read, downloaded as a file ({@code xlsx}, {@code pdf}): recorded. */
	public Publication export(CurrentUser user, long id, String format) {
		Publication publication = get(user, id);
		events.publishEvent(new PublicationExported(publication.districtId(), id, publication.year(),
				publication.quarter(), format, false));
		return publication;
	}

	// ---- the public ----------------------------------------------------------------------------

	/** The published lists of a district, of a year or all years, newest first. */
	@Transactional(readOnly = true)
	public List<PublicationSummary> published(long districtId, Integer year) {
		return repository.summaries(districtId, year, PUBLISHED);
	}

	/** The years in which a district has published lists, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears(long districtId) {
		return repository.years(districtId, PUBLISHED);
	}

	/** A published list, of any district; 404 for a draft, a discarded or an unknown one. */
	@Transactional(readOnly = true)
	public Publication published(long id) {
		return repository.find(id)
			.filter(Publication::isPublished)
			.orElseThrow(() -> new Problem.NotFound("publication.problem.not-found", String.valueOf(id)));
	}

	/** A published list downloaded by anyone: recorded. */
	public Publication exportPublished(long id, String format) {
		Publication publication = published(id);
		events.publishEvent(new PublicationExported(publication.districtId(), id, publication.year(),
				publication.quarter(), format, true));
		return publication;
	}

	/**
	 * The district the public asks about by its code ({@code null} or blank: the deployment's
	 * first district); 404 for an unknown code.
	 */
	@Transactional(readOnly = true)
	public long publicDistrict(String code) {
		if (code == null || code.isBlank()) {
			return districts.defaultDistrict().id();
		}
		return districts.byCode(code.strip())
			.map(District::id)
			.orElseThrow(() -> new Problem.NotFound("publication.problem.district-not-found", code));
	}

	/** The name of a list's district, as printed on it. */
	@Transactional(readOnly = true)
	public String districtName(Publication publication) {
		return districts.of(publication.districtId()).name();
	}

	// ---- helpers -------------------------------------------------------------------------------

	private Publication load(long districtId, long id) {
		return repository.find(id)
			.filter(p -> p.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("publication.problem.not-found", String.valueOf(id)));
	}

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

	static boolean readsDrafts(CurrentUser user) {
		return user.has(Role.OFFICE) || user.has(Role.EVALUATION_GROUP);
	}

	private static void requireRole(CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
	}
}
