package cn.lvzhi.yearend;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ClosedCycles;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.shared.Problem;

/**
 * The years of the year-end evaluation in a district: this year (the ledger's today in the
 * district), which years may be asked for ({@value #FIRST_YEAR} to this year), whether one is
 * over, and whether the office has closed it (its points are then final, DOMAIN.md 8).
 */
@Component
class YearEndCalendar {

	static final int FIRST_YEAR = 2000;

	private final Ledger ledger;

	private final ClosedCycles cycles;

	YearEndCalendar(Ledger ledger, ClosedCycles cycles) {
		this.ledger = ledger;
		this.cycles = cycles;
	}

	int thisYear(long district) {
		return ledger.today(district).getYear();
	}

	/** 422 for a year outside {@value #FIRST_YEAR} … this year. */
	void check(long district, int year) {
		int thisYear = thisYear(district);
		if (year < FIRST_YEAR || year > thisYear) {
			throw Problem.Invalid.field("year", "yearend.validation.year", FIRST_YEAR, String.valueOf(thisYear));
		}
	}

	/** Whether the year is over in the district: its points no longer grow with new records' dates. */
	boolean isOver(long district, int year) {
		return ledger.today(district).isAfter(LocalDate.of(year, 12, 31));
	}

	boolean isClosed(long district, int year) {
		return cycles.isClosed(district, year);
	}
}
