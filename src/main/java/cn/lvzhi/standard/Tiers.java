package cn.lvzhi.standard;

/** The points of a {@link Rule.BySatisfaction} rule for each rating. */
public record Tiers(int verySatisfied, int basicallySatisfied, int dissatisfied) {

	public int pointsFor(Satisfaction satisfaction) {
		return switch (satisfaction) {
			case VERY_SATISFIED -> verySatisfied;
			case BASICALLY_SATISFIED -> basicallySatisfied;
			case DISSATISFIED -> dissatisfied;
		};
	}
}
