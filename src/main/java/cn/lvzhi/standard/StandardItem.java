package cn.lvzhi.standard;

import java.util.Objects;
import java.util.Optional;

/** One item of a standard version: its code (序号), category, title and rule. */
public record StandardItem(int code, Category category, String title, Rule rule) {

	public StandardItem {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(rule, "rule");
	}

	/** The raw points of one occurrence of this item (see {@link Rule#pointsFor}). */
	public int pointsFor(Optional<Satisfaction> satisfaction) {
		return rule.pointsFor(satisfaction);
	}
}
