package cn.lvzhi.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.Standards;

/**
 * The checks of a record's details that need more than the details themselves
 * ({@link ActivityDetails#violations} checks those): the day against today in the district's time
 * zone, the item against the standard in force that day, the representative's term. Found
 * mistakes are added to a list of field violations, so that a form shows them all at once.
 */
@Component
class ActivityChecks {

	private final Standards standards;

	private final Districts districts;

	private final Clock clock;

	ActivityChecks(Standards standards, Districts districts, Clock clock) {
		this.standards = standards;
		this.districts = districts;
		this.clock = clock;
	}

	/** Today in the district's time zone: the latest day an activity may have taken place. */
	LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	/**
	 * The checks of a record's details against the day, the standard in force that day and the
	 * representative's term ({@code representative} may be {@code null} when it is checked
	 * elsewhere); violations are added to {@code found}.
	 */
	void check(long districtId, Representative representative, String termField, ActivityDetails details,
			List<FieldViolation> found) {
		int before = found.size();
		found.addAll(details.violations(today(districtId)));
		boolean dayOk = details.occurredOn() != null
				&& found.stream().skip(before).noneMatch(v -> v.field().equals("occurredOn"));
		if (dayOk && details.itemCode() != null
				&& standards.itemOn(districtId, details.itemCode(), details.occurredOn()).isEmpty()) {
			found.add(new FieldViolation("itemCode", "activities.validation.item-unknown", details.itemCode(),
					details.occurredOn().toString()));
		}
		if (dayOk && representative != null) {
			served(representative, details.occurredOn(), termField, found);
		}
	}

	/**
	 * Adds a violation of {@code itemCode} when the item's records come only from casework
	 * ({@link CaseworkItem}): a record entered directly may not claim them.
	 */
	static void notFromCasework(ActivityDetails details, List<FieldViolation> found) {
		if (CaseworkItem.isCaseworkOnly(details.itemCode())) {
			found.add(new FieldViolation("itemCode", "activities.validation.item-from-casework", details.itemCode()));
		}
	}

	/** Adds a violation of {@code field} when the representative was not serving on {@code day}. */
	static void served(Representative representative, LocalDate day, String field, List<FieldViolation> found) {
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

	/** Whether the record's item is scored by the constituent's satisfaction, which it then needs. */
	boolean satisfactionRequired(ActivityRecord record) {
		return standards.itemOn(record.districtId(), record.itemCode(), record.occurredOn())
			.map(item -> item.rule() instanceof Rule.BySatisfaction)
			.orElse(false);
	}

}
