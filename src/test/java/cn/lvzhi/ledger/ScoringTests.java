package cn.lvzhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.lvzhi.activities.VerifiedActivity;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.Satisfaction;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.StandardVersion;

/** The pure scoring of a representative's cycle: rules from data, caps by day then creation. */
class ScoringTests {

	static final StandardVersion V1 = new StandardVersion(1L, 1, 1, "v1", LocalDate.of(2013, 1, 1), List.of(
			new StandardItem(1, Category.SERVICE, "值班", Rule.perOccurrence(5)),
			new StandardItem(3, Category.SERVICE, "协助解决", Rule.bySatisfaction(6, 5, 0)),
			new StandardItem(9, Category.DELIBERATION, "联署", Rule.perOccurrence(3).withCap(9))), "t", Instant.EPOCH);

	static final StandardVersion V2 = new StandardVersion(2L, 1, 2, "v2", LocalDate.of(2020, 7, 1), List.of(
			new StandardItem(1, Category.SERVICE, "值班", Rule.perOccurrence(8)),
			new StandardItem(9, Category.DELIBERATION, "联署", Rule.perOccurrence(4).withCap(10))), "t", Instant.EPOCH);

	static StandardVersion on(LocalDate day) {
		return day.isBefore(V2.effectiveFrom()) ? V1 : V2;
	}

	static VerifiedActivity activity(long id, int item, String day, Satisfaction satisfaction) {
		return new VerifiedActivity(id, 1, 7, item, LocalDate.parse(day), Optional.ofNullable(satisfaction),
				Instant.EPOCH);
	}

	@Test
	void capsAnItemPerCycleInOrderOfDayThenCreation() {
		var list = new ArrayList<>(List.of(activity(40, 9, "2019-03-01", null), activity(10, 9, "2019-05-01", null),
				activity(30, 9, "2019-03-01", null), activity(20, 9, "2019-01-15", null)));
		Map<Long, Scoring.Score> scores = Scoring.score(list, ScoringTests::on);
		assertThat(scores.get(20L).points()).isEqualTo(3);
		assertThat(scores.get(30L).points()).isEqualTo(3);
		assertThat(scores.get(40L).points()).isEqualTo(3);
		assertThat(scores.get(10L).points()).isZero();
		assertThat(scores.get(10L).capped()).isTrue();
		assertThat(scores.get(40L).capped()).isFalse();
	}

	@Test
	void scoresEachRecordByTheVersionInForceOnItsDay() {
		var scores = Scoring.score(List.of(activity(1, 1, "2020-06-30", null), activity(2, 1, "2020-07-01", null)),
				ScoringTests::on);
		assertThat(scores.get(1L).points()).isEqualTo(5);
		assertThat(scores.get(1L).standardVersion()).isEqualTo(1);
		assertThat(scores.get(2L).points()).isEqualTo(8);
		assertThat(scores.get(2L).standardVersion()).isEqualTo(2);
	}

	@Test
	void aCapCountsPointsAcrossVersionsOfTheSameCycleWithTheCapOfEachDay() {
		// 3 + 3 under v1 (cap 9), then v2 scores 4 with cap 10: 4 fits, the next only 0.
		var scores = Scoring.score(List.of(activity(1, 9, "2020-01-01", null), activity(2, 9, "2020-02-01", null),
				activity(3, 9, "2020-08-01", null), activity(4, 9, "2020-09-01", null)), ScoringTests::on);
		assertThat(scores.values()).extracting(Scoring.Score::points).containsExactly(3, 3, 4, 0);
	}

	@Test
	void scoresBySatisfaction() {
		var scores = Scoring.score(List.of(activity(1, 3, "2019-01-01", Satisfaction.VERY_SATISFIED),
				activity(2, 3, "2019-01-02", Satisfaction.BASICALLY_SATISFIED),
				activity(3, 3, "2019-01-03", Satisfaction.DISSATISFIED)), ScoringTests::on);
		assertThat(scores.values()).extracting(Scoring.Score::points).containsExactly(6, 5, 0);
		assertThat(scores.values()).extracting(Scoring.Score::capped).containsOnly(false);
	}
}
