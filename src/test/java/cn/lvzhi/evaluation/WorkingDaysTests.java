package cn.lvzhi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The 15-working-day deadline of DOMAIN.md counts Monday to Friday only. */
class WorkingDaysTests {

	@Test
	void workingDaysCountMondayToFriday() {
		LocalDate friday = LocalDate.of(2026, 11, 27);
		assertThat(WorkingDays.between(friday, friday)).isZero();
		assertThat(WorkingDays.between(friday, friday.plusDays(1))).isZero();
		assertThat(WorkingDays.between(friday, friday.plusDays(3))).isEqualTo(1);
		assertThat(WorkingDays.between(friday, friday.plusDays(21))).isEqualTo(15);
		assertThat(WorkingDays.between(friday, friday.plusDays(24))).isEqualTo(16);
		assertThat(WorkingDays.between(friday, friday.minusDays(3))).isZero();
	}
}
