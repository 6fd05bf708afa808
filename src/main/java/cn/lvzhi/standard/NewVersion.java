package cn.lvzhi.standard;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office submits to create a version: a full catalogue, loosely typed so that every
 * mistake (an unknown category, a missing tier) comes back as a field error rather than a
 * refusal to read the request. {@link StandardVersion#create} validates it.
 */
public record NewVersion(LocalDate effectiveFrom, String name, List<Item> items) {

	public record Item(Integer code, String category, String title, RuleSpec rule) {
	}

	/** {@code kind} is a {@link Rule.Kind} name; {@code points} for per-occurrence, {@code tiers} by satisfaction. */
	public record RuleSpec(String kind, Integer points, TierSpec tiers, Integer capPerCycle) {
	}

	public record TierSpec(Integer verySatisfied, Integer basicallySatisfied, Integer dissatisfied) {
	}

	/** A draft that repeats {@code version}'s items, as the start of the next version. */
	public static NewVersion copyOf(StandardVersion version, LocalDate effectiveFrom, String name) {
		return new NewVersion(effectiveFrom, name, version.items().stream().map(NewVersion::specOf).toList());
	}

	static Item specOf(StandardItem item) {
		Integer cap = item.rule().capPerCycle().isPresent() ? item.rule().capPerCycle().getAsInt() : null;
		RuleSpec rule;
		if (item.rule() instanceof Rule.BySatisfaction r) {
			rule = new RuleSpec(r.kind().name(), null, new TierSpec(r.tiers().verySatisfied(),
					r.tiers().basicallySatisfied(), r.tiers().dissatisfied()), cap);
		}
		else {
			var r = (Rule.PerOccurrence) item.rule();
			rule = new RuleSpec(r.kind().name(), r.points(), null, cap);
		}
		return new Item(item.code(), item.category().name(), item.title(), rule);
	}
}
