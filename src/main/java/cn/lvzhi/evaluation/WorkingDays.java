package cn.lvzhi.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days are Monday to Friday. There is no holiday calendar: public holidays and the
 * weekend days that are worked instead (调休) are not known to the system, so an age over a
 * holiday reads a little high — the flag errs on the side of looking at an item earlier.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The working days after {@code from} up to and including {@code to}: 0 on the day itself,
	 * 1 the next working day. 0 when {@code to} is not after {@code from}.
	 */
	public static int between(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		long days = to.toEpochDay() - from.toEpochDay();
		long weeks = days / 7;
		int count = (int) (weeks * 5);
		for (LocalDate d = from.plusDays(weeks * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				count++;
			}
		}
		return count;
	}
}
