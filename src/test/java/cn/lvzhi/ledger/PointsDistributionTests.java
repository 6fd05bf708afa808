package cn.lvzhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The buckets of the distribution of the representatives' totals. */
class PointsDistributionTests {

	@Test
	void bucketWidthsAreTheNarrowestRoundNumberThatNeedsAtMostTenBars() {
		assertThat(PointsStatistics.width(0, 0)).isEqualTo(5);
		assertThat(PointsStatistics.width(0, 49)).isEqualTo(5);
		assertThat(PointsStatistics.width(0, 50)).isEqualTo(10);
		assertThat(PointsStatistics.width(-1, 93)).isEqualTo(20);
		assertThat(PointsStatistics.width(0, 100)).isEqualTo(20);
		assertThat(PointsStatistics.width(0, 200)).isEqualTo(50);
		assertThat(PointsStatistics.width(0, 500)).isEqualTo(100);
		assertThat(PointsStatistics.width(0, 123_456)).isEqualTo(20_000);
	}

	@Test
	void noRepresentativesGiveNoBars() {
		PointsStatistics.Distribution d = PointsStatistics.distribution(2026, null, List.of());
		assertThat(d.representatives()).isZero();
		assertThat(d.buckets()).isEmpty();
	}

	@Test
	void negativeTotalsGetTheirOwnBarsBelowZero() {
		PointsStatistics.Distribution d = PointsStatistics.distribution(2026, null, List.of(-7, 0, 3, 12));
		assertThat(d.bucketWidth()).isEqualTo(5);
		assertThat(d.buckets()).containsExactly(new PointsStatistics.Bucket(-10, -6, 1),
				new PointsStatistics.Bucket(-5, -1, 0), new PointsStatistics.Bucket(0, 4, 2),
				new PointsStatistics.Bucket(5, 9, 0), new PointsStatistics.Bucket(10, 14, 1));
		assertThat(d.average()).isEqualTo(2.0);
		assertThat(d.median()).isEqualTo(1.5);
	}

	@Test
	void everyTotalFallsInExactlyOneOfAtMostTenAdjacentBars() {
		long seed = Long.getLong("lvzhi.seed", 20261127L);
		var random = new Random(seed);
		for (int run = 0; run < 500; run++) {
			int n = 1 + random.nextInt(60);
			int spread = 1 + random.nextInt(run % 2 == 0 ? 200 : 5000);
			var totals = new ArrayList<Integer>();
			for (int i = 0; i < n; i++) {
				totals.add(random.nextInt(spread) - (random.nextInt(10) == 0 ? random.nextInt(50) : 0));
			}
			totals.sort(null);
			PointsStatistics.Distribution d = PointsStatistics.distribution(2026, null, totals);
			String why = "seed " + seed + ", run " + run + ", totals " + totals;
			assertThat(d.buckets()).as(why).hasSizeBetween(1, 10);
			int width = d.bucketWidth();
			assertThat(d.buckets().get(0).from()).as(why).isLessThanOrEqualTo(Math.min(0, totals.get(0)));
			int counted = 0;
			for (int i = 0; i < d.buckets().size(); i++) {
				PointsStatistics.Bucket b = d.buckets().get(i);
				assertThat(b.to() - b.from() + 1).as(why).isEqualTo(width);
				assertThat(Math.floorMod(b.from(), width)).as(why).isZero();
				if (i > 0) {
					assertThat(b.from()).as(why).isEqualTo(d.buckets().get(i - 1).to() + 1);
				}
				long inside = totals.stream().filter(t -> t >= b.from() && t <= b.to()).count();
				assertThat(b.count()).as(why).isEqualTo((int) inside);
				counted += b.count();
			}
			assertThat(counted).as(why).isEqualTo(n);
			assertThat(d.buckets().get(d.buckets().size() - 1).to()).as(why).isGreaterThanOrEqualTo(totals.get(n - 1));
		}
	}
}
