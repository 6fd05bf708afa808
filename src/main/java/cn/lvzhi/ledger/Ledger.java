package cn.lvzhi.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.VerifiedActivities;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;

/**
 * The points ledger: books a representative's cycle whenever a record of it is verified or
 * revoked, books the evaluation group's manual adjustments, and shows a representative's
 * entries. Bookings recompute the cycle with {@link Scoring} under the lock of the cycle's
 * account and append the difference, so that for every representative and cycle the entries sum
 * to what a pure recomputation gives (DOMAIN.md 5), and nothing written is ever changed.
 */
@Service
@Transactional
public class Ledger {

	/** The reason of a reversal when a record no longer counts because of a cap. */
	public static final String CAPPED = "capped";

	/** The prefix of the reason of a reversal because the record was revoked. */
	public static final String REVOKED = "revoked: ";

	/** The reason of a booking for a record that counts again after being capped. */
	public static final String UNCAPPED = "uncapped";

	/** The reason of a correction for any other change of the recomputation. */
	public static final String RECOMPUTED = "recomputed";

	public static final int ADJUSTMENT_MAX = 1000;

	public static final int REASON_MAX = 1000;

	private final LedgerEntries entries;

	private final LedgerAccounts accounts;

	private final VerifiedActivities activities;

	private final Standards standards;

	private final Representatives representatives;

	private final Districts districts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Versions of the standard never change once created: keep those read. */
	private final Map<String, StandardVersion> versions = new ConcurrentHashMap<>();

	Ledger(LedgerEntries entries, LedgerAccounts accounts, VerifiedActivities activities, Standards standards,
			Representatives representatives, Districts districts, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.accounts = accounts;
		this.activities = activities;
		this.standards = standards;
		this.representatives = representatives;
		this.districts = districts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Brings a representative's cycle in line with its verified records: locks the cycle's
	 * account, recomputes every record's points and appends an entry for each difference —
	 * {@code BOOKED} for points added (and, with 0 points, for a record newly verified that
	 * scores nothing, so that the ledger says why), {@code REVERSED} for points taken away
	 * ({@code "capped"}, or {@code "revoked: <reason>"} for a record in {@code revocationReasons}).
	 * Runs in the caller's transaction (a verification), so that both commit or neither does.
	 */
	public void rebook(long districtId, long representativeId, int cycle, String by,
			Map<Long, String> revocationReasons) {
		accounts.lock(districtId, representativeId, cycle);
		var desired = Scoring.score(activities.verifiedOf(representativeId, cycle), day -> versionOn(districtId, day));
		var booked = entries.bookedByActivity(representativeId, cycle);
		Instant now = clock.instant();
		var ids = new TreeSet<Long>(desired.keySet());
		ids.addAll(booked.keySet());
		for (long id : ids) {
			Scoring.Score want = desired.get(id);
			LedgerEntries.Booked have = booked.get(id);
			int wanted = want == null ? 0 : want.points();
			int had = have == null ? 0 : have.points();
			int delta = wanted - had;
			EntryKind kind;
			String reason;
			if (have == null) {
				kind = EntryKind.BOOKED;
				reason = want.capped() ? CAPPED : null;
			}
			else if (delta > 0) {
				kind = EntryKind.BOOKED;
				reason = UNCAPPED;
			}
			else if (delta < 0) {
				kind = EntryKind.REVERSED;
				reason = want == null ? REVOKED + Objects.requireNonNullElse(revocationReasons.get(id), "")
						: want.capped() ? CAPPED : RECOMPUTED;
			}
			else {
				continue;
			}
			var entry = want != null
					? new LedgerEntries.NewEntry(districtId, representativeId, cycle, want.occurredOn(), kind, delta,
							want.itemCode(), want.category(), id, want.standardVersion(), truncate(reason), by, now)
					: new LedgerEntries.NewEntry(districtId, representativeId, cycle, have.occurredOn(), kind, delta,
							have.itemCode(), have.category(), id, have.standardVersion(), truncate(reason), by, now);
			entries.append(entry);
			if (delta != 0 && entry.category() != null) {
				accounts.add(representativeId, cycle, entry.category(), delta);
			}
		}
	}

	/**
	 * The evaluation group books a manual adjustment (positive or negative, never 0, at most
	 * {@value #ADJUSTMENT_MAX} either way) for a representative's cycle, with a reason. It counts
	 * on the day it is booked, or on the cycle's last day for a past cycle. Nobody adjusts their
	 * own points ({@link ConflictOfInterest}: 403, audited).
	 */
	public LedgerEntry adjust(CurrentUser user, Long representativeId, Integer year, Integer points, String reason) {
		long district = user.districtId();
		Optional<Representative> representative = representativeId == null ? Optional.empty()
				: representatives.find(representativeId).filter(r -> r.districtId() == district);
		if (representative.isPresent()) {
			ConflictOfInterest.check(user, representativeId, ConflictOfInterest.Decision.ADJUSTMENT, representativeId,
					events::publishEvent);
		}
		LocalDate today = today(district);
		var violations = new ArrayList<FieldViolation>();
		if (representativeId == null) {
			violations.add(new FieldViolation("representativeId", "validation.required"));
		}
		else if (representative.isEmpty()) {
			violations.add(new FieldViolation("representativeId", "ledger.validation.representative-unknown"));
		}
		if (year == null) {
			violations.add(new FieldViolation("year", "validation.required"));
		}
		else if (year < 2000 || year > today.getYear()) {
			violations.add(new FieldViolation("year", "ledger.validation.year", today.getYear()));
		}
		else if (representative.isPresent() && !servedIn(representative.get(), year)) {
			violations.add(new FieldViolation("year", "ledger.validation.not-serving", representative.get().name(),
					year));
		}
		if (points == null) {
			violations.add(new FieldViolation("points", "validation.required"));
		}
		else if (points == 0 || Math.abs(points) > ADJUSTMENT_MAX) {
			violations.add(new FieldViolation("points", "ledger.validation.adjustment", ADJUSTMENT_MAX));
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null) {
			violations.add(new FieldViolation("reason", "validation.required"));
		}
		else if (why.length() > REASON_MAX) {
			violations.add(new FieldViolation("reason", "validation.too-long", REASON_MAX));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		LocalDate lastDay = LocalDate.of(year, 12, 31);
		LocalDate on = today.isAfter(lastDay) ? lastDay : today;
		accounts.lock(district, representativeId, year);
		Instant now = clock.instant();
		var entry = new LedgerEntries.NewEntry(district, representativeId, year, on, EntryKind.ADJUSTED, points, null,
				null, null, null, why, user.username(), now);
		long id = entries.append(entry);
		accounts.addAdjustment(representativeId, year, points);
		events.publishEvent(new AdjustmentBooked(district, id, representativeId, year, points, why));
		return new LedgerEntry(id, district, representativeId, year, on, EntryKind.ADJUSTED, points, null, null, null,
				null, why, user.username(), now);
	}

	/** A representative's ledger of a cycle, if the user may read the representative (404, 403). */
	@Transactional(readOnly = true)
	public Statement statement(CurrentUser user, long representativeId, Integer year) {
		Representative representative = representatives.getFor(user, representativeId);
		int cycle = year != null ? year : today(user.districtId()).getYear();
		List<LedgerEntry> list = entries.of(representative.id(), cycle);
		return new Statement(representative.id(), representative.name(), cycle,
				list.stream().mapToInt(LedgerEntry::points).sum(), list);
	}

	/** A representative's entries of one cycle, in booking order, and their sum. */
	public record Statement(long representativeId, String name, int year, int total, List<LedgerEntry> entries) {
	}

	/** Today in the district's time zone. */
	public LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	static boolean servedIn(Representative representative, int year) {
		return !representative.startedOn().isAfter(LocalDate.of(year, 12, 31))
				&& representative.endedOn().map(end -> !end.isBefore(LocalDate.of(year, 1, 1))).orElse(true);
	}

	private StandardVersion versionOn(long districtId, LocalDate day) {
		StandardVersion.Summary inForce = standards.versions(districtId)
			.stream()
			.filter(v -> !v.effectiveFrom().isAfter(day))
			.max(java.util.Comparator.comparing(StandardVersion.Summary::effectiveFrom))
			.orElseThrow(() -> new Problem.NotFound("problem.standard.none-in-force", day));
		return versions.computeIfAbsent(districtId + "/" + inForce.number(),
				k -> standards.version(districtId, inForce.number()));
	}

	private static String truncate(String reason) {
		return reason == null || reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX);
	}
}
