package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CycleCalendarTests {

	@Test
	void eachDayBelongsToTheQuarterOfItsMonth() {
		assertThat(CycleCalendar.quarterOf(LocalDate.of(2026, 1, 1))).isEqualTo(1);
		assertThat(CycleCalendar.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(1);
		assertThat(CycleCalendar.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(2);
		assertThat(CycleCalendar.quarterOf(LocalDate.of(2026, 9, 30))).isEqualTo(3);
		assertThat(CycleCalendar.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(4);
		assertThat(CycleCalendar.quarterOfMonth(10)).isEqualTo(4);
	}

	@Test
	void theYearPickerOffersFiveRecentYearsAndTheOneAskedForNewestFirst() {
		assertThat(CycleCalendar.recentYears(2026, 2024)).containsExactly(2026, 2025, 2024, 2023, 2022);
		assertThat(CycleCalendar.recentYears(2026, 2015)).containsExactly(2026, 2025, 2024, 2023, 2022, 2015);
	}
}
