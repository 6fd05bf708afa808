package cn.lvzhi.yearend;

import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.shared.CycleCalendar;

/**
 * Points in each quarter of a year, as the year-end sheet adds up a representative's ledger: one
 * item's, the adjustments', or all of them. A value: adding gives a new one.
 */
record QuarterPoints(int first, int second, int third, int fourth) {

	static final QuarterPoints NONE = new QuarterPoints(0, 0, 0, 0);

	/** {@code points} in the quarter of {@code day} (its calendar quarter), none in the others. */
	static QuarterPoints on(LocalDate day, int points) {
		return switch (CycleCalendar.quarterOf(day)) {
			case 1 -> new QuarterPoints(points, 0, 0, 0);
			case 2 -> new QuarterPoints(0, points, 0, 0);
			case 3 -> new QuarterPoints(0, 0, points, 0);
			default -> new QuarterPoints(0, 0, 0, points);
		};
	}

	/** The sums, quarter by quarter. */
	QuarterPoints plus(QuarterPoints other) {
		return new QuarterPoints(first + other.first, second + other.second, third + other.third,
				fourth + other.fourth);
	}

	/** The points of the whole year. */
	int total() {
		return first + second + third + fourth;
	}

	/** The four quarters in order, as the pages and the API show them. */
	List<Integer> asList() {
		return List.of(first, second, third, fourth);
	}
}
