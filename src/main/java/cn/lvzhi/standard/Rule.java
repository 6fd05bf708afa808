package cn.lvzhi.standard;

import java.util.Optional;
import java.util.OptionalInt;

import cn.lvzhi.shared.Problem;

/**
 * How an item of the standard scores one occurrence: a fixed number of points, or points by the
 * constituent's satisfaction; either may be capped per representative and cycle. The cap is
 * data of the rule, applied by whoever sums a cycle (the ledger), never hard-coded per item.
 */
public sealed interface Rule permits Rule.PerOccurrence, Rule.BySatisfaction {

	enum Kind {
		PER_OCCURRENCE, BY_SATISFACTION
	}

	Kind kind();

	/**
	 * The raw points of one occurrence, before any cap.
	 * @throws Problem.Invalid on field {@code satisfaction} when the rule needs one and none is given
	 */
	int pointsFor(Optional<Satisfaction> satisfaction);

	/** The most points one representative may earn from this item in one cycle, if limited. */
	OptionalInt capPerCycle();

	static Rule perOccurrence(int points) {
		return new PerOccurrence(points, null);
	}

	static Rule bySatisfaction(int verySatisfied, int basicallySatisfied, int dissatisfied) {
		return new BySatisfaction(new Tiers(verySatisfied, basicallySatisfied, dissatisfied), null);
	}

	/** This rule with a cap per cycle ({@code null}: none). */
	Rule withCap(Integer cap);

	/** {@code points} for every occurrence. {@code cap} is {@code null} when there is none. */
	record PerOccurrence(int points, Integer cap) implements Rule {

		@Override
		public Kind kind() {
			return Kind.PER_OCCURRENCE;
		}

		@Override
		public int pointsFor(Optional<Satisfaction> satisfaction) {
			return points;
		}

		@Override
		public OptionalInt capPerCycle() {
			return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
		}

		@Override
		public Rule withCap(Integer cap) {
			return new PerOccurrence(points, cap);
		}
	}

	/** Points by the constituent's rating. {@code cap} is {@code null} when there is none. */
	record BySatisfaction(Tiers tiers, Integer cap) implements Rule {

		public BySatisfaction {
			java.util.Objects.requireNonNull(tiers, "tiers");
		}

		@Override
		public Kind kind() {
			return Kind.BY_SATISFACTION;
		}

		@Override
		public int pointsFor(Optional<Satisfaction> satisfaction) {
			return tiers.pointsFor(satisfaction
				.orElseThrow(() -> Problem.Invalid.field("satisfaction", "standard.satisfaction.required")));
		}

		@Override
		public OptionalInt capPerCycle() {
			return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
		}

		@Override
		public Rule withCap(Integer cap) {
			return new BySatisfaction(tiers, cap);
		}
	}
}
