package cn.lvzhi.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Points by quarter: a day's points land in its calendar quarter, and sums add quarter by quarter. */
class QuarterPointsTests {

	@Test
	void aDaysPointsLandInItsQuarterAtEitherEnd() {
		assertThat(QuarterPoints.on(LocalDate.of(2024, 1, 1), 3).asList()).containsExactly(3, 0, 0, 0);
		assertThat(QuarterPoints.on(LocalDate.of(2024, 3, 31), 3).asList()).containsExactly(3, 0, 0, 0);
		assertThat(QuarterPoints.on(LocalDate.of(2024, 4, 1), 3).asList()).containsExactly(0, 3, 0, 0);
		assertThat(QuarterPoints.on(LocalDate.of(2024, 9, 30), -2).asList()).containsExactly(0, 0, -2, 0);
		assertThat(QuarterPoints.on(LocalDate.of(2024, 12, 31), 5).asList()).containsExactly(0, 0, 0, 5);
	}

	@Test
	void sumsAddQuarterByQuarterAndReversalsCancel() {
		QuarterPoints sum = QuarterPoints.NONE.plus(QuarterPoints.on(LocalDate.of(2024, 2, 10), 4))
			.plus(QuarterPoints.on(LocalDate.of(2024, 11, 3), 2))
			.plus(QuarterPoints.on(LocalDate.of(2024, 2, 20), 1))
			.plus(QuarterPoints.on(LocalDate.of(2024, 2, 10), -4));
		assertThat(sum.asList()).containsExactly(1, 0, 0, 2);
		assertThat(sum.total()).isEqualTo(3);
	}

	@Test
	void nothingIsZeroInEveryQuarter() {
		assertThat(QuarterPoints.NONE.asList()).containsExactly(0, 0, 0, 0);
		assertThat(QuarterPoints.NONE.total()).isZero();
		assertThat(QuarterPoints.NONE.plus(QuarterPoints.NONE)).isEqualTo(QuarterPoints.NONE);
	}
}
