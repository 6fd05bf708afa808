package cn.lvzhi.standard;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One item of a standard version: its code (序号), category, title and rule. An item's code means
 * the same duty in every version (DOMAIN.md "The points standard"), so the facts below go with
 * the code.
 */
public record StandardItem(int code, Category category, String title, Rule rule) {

	/** Duty shifts (值班接访): DOMAIN.md 9 counts their hours towards the monthly duty. */
	private static final Set<Integer> WITH_HOURS = Set.of(1);

	/**
	 * Proxying an appeal, its result, a suggestion, a motion led or co-signed: DOMAIN.md 11 —
	 * created only from their casework source, never entered directly.
	 */
	private static final Set<Integer> FROM_SOURCE = Set.of(2, 3, 7, 8, 9);

	public StandardItem {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(rule, "rule");
	}

	/** Whether a record of this item gives its duration in hours (the form asks for it). */
	public boolean asksForHours() {
		return WITH_HOURS.contains(code);
	}

	/** Whether records of this item come only from their casework source (an appeal, a proposal). */
	public boolean needsSource() {
		return FROM_SOURCE.contains(code);
	}

	/** The raw points of one occurrence of this item (see {@link Rule#pointsFor}). */
	public int pointsFor(Optional<Satisfaction> satisfaction) {
		return rule.pointsFor(satisfaction);
	}
}
