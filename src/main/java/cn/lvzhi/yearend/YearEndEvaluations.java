package cn.lvzhi.yearend;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.yearend.YearEndSheets.Sheet;

/**
 * The year-end evaluation (年终评议, DOMAIN.md 10) as the evaluation group records it: one per
 * representative and year, every save a new version (a save that changes nothing adds none),
 * nobody evaluating themselves. It is read with the year-end points in {@link YearEndSheets} and
 * {@link YearEndOverviews}; points are a reference for the grade, not a formula.
 */
@Service
@Transactional
public class YearEndEvaluations {

	private final YearEndEvaluationRepository evaluations;

	private final YearEndSheets sheets;

	private final YearEndCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	YearEndEvaluations(YearEndEvaluationRepository evaluations, YearEndSheets sheets, YearEndCalendar calendar,
			ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.sheets = sheets;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the evaluation was created by this save (not changed). */
	public record Saved(Sheet sheet, boolean created) {
	}

	/**
	 * The evaluation group records or changes a representative's evaluation of a year.
	 * {@code expectedVersion} is the version the editor saw: none for a new evaluation; a new one
	 * when one exists, or a version when none exists, or an older version, is refused with 409,
	 * as is a concurrent save. Only the group grades (else 403), nobody their own year
	 * ({@link YearEndPolicy}, {@link ConflictOfInterest}: 403, audited). A save that changes nothing adds no version.
	 */
	public Saved save(CurrentUser user, int year, long representativeId, Integer expectedVersion,
			Assessment.Input input) {
		YearEndPolicy policy = YearEndPolicy.of(user, representativeId);
		policy.requireGrader();
		Representative representative = sheets.readable(user, representativeId);
		policy.requireNotOwn(representative.id(), events::publishEvent);
		calendar.check(user.districtId(), year);
		Sheet before = sheets.sheetOf(user, year, representative);
		Assessment assessment = input.checked();
		Optional<YearEndEvaluation> existing = evaluations.findByRepresentativeIdAndYear(representativeId, year);
		Instant now = clock.instant();
		boolean created = existing.isEmpty();
		try {
			if (created) {
				if (expectedVersion != null) {
					throw new Problem.Conflict("yearend.problem.gone");
				}
				YearEndEvaluation evaluation = evaluations.save(YearEndEvaluation.record(user.districtId(),
						representativeId, year, assessment, user.username(), now));
				events.publishEvent(YearEndEvent.recorded(evaluation, assessment.summary()));
			}
			else {
				YearEndEvaluation evaluation = existing.get();
				if (expectedVersion == null) {
					throw new Problem.Conflict("yearend.problem.exists", evaluation.revision());
				}
				if (expectedVersion != evaluation.revision()) {
					throw new Problem.Conflict("problem.stale");
				}
				List<Assessment.Difference> changed = evaluation.change(assessment, user.username(), now);
				if (!changed.isEmpty()) {
					evaluation = evaluations.save(evaluation);
					events.publishEvent(YearEndEvent.changed(evaluation, YearEndEvaluation.summary(changed)));
				}
			}
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
			// somebody saved the same evaluation in between
			throw new Problem.Conflict("problem.stale");
		}
		return new Saved(sheets.withEvaluation(before, evaluations.findByRepresentativeIdAndYear(representativeId, year)),
				created);
	}
}
