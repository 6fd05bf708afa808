package cn.lvzhi.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The calendar of a cycle (积分周期, one calendar year) as pages and lists count it: the quarter of a
 * month or day (1 to 4), and the years a year picker offers.
 */
public final class CycleCalendar {

	/** The first and last year a cycle may have: outside them a year is a typing mistake (422). */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 9999;

	private CycleCalendar() {
	}

	/** Whether a year asked for can be a cycle (1900 to 9999). */
	public static boolean isCycleYear(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/** The quarter (1 to 4) of a month (1 to 12). */
	public static int quarterOfMonth(int month) {
		return (month - 1) / 3 + 1;
	}

	/** The quarter (1 to 4) of a day. */
	public static int quarterOf(LocalDate day) {
		return quarterOfMonth(day.getMonthValue());
	}

	/** This year and the four before it, and the year asked for if it is not among them; newest first. */
	public static List<Integer> recentYears(int thisYear, int asked) {
		var years = new ArrayList<Integer>(IntStream.iterate(thisYear, y -> y - 1).limit(5).boxed().toList());
		if (!years.contains(asked)) {
			years.add(asked);
			years.sort(Comparator.reverseOrder());
		}
		return years;
	}
}
