package cn.lvzhi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;

class RuleTests {

	@Test
	void perOccurrenceScoresItsPointsWhateverTheSatisfaction() {
		Rule rule = Rule.perOccurrence(5);
		assertThat(rule.kind()).isEqualTo(Rule.Kind.PER_OCCURRENCE);
		assertThat(rule.pointsFor(Optional.empty())).isEqualTo(5);
		assertThat(rule.pointsFor(Optional.of(Satisfaction.DISSATISFIED))).isEqualTo(5);
	}

	@Test
	void bySatisfactionScoresTheTierOfTheRating() {
		Rule rule = Rule.bySatisfaction(6, 5, 0);
		assertThat(rule.kind()).isEqualTo(Rule.Kind.BY_SATISFACTION);
		assertThat(rule.pointsFor(Optional.of(Satisfaction.VERY_SATISFIED))).isEqualTo(6);
		assertThat(rule.pointsFor(Optional.of(Satisfaction.BASICALLY_SATISFIED))).isEqualTo(5);
		assertThat(rule.pointsFor(Optional.of(Satisfaction.DISSATISFIED))).isEqualTo(0);
	}

	@Test
	void bySatisfactionRefusesAnOccurrenceWithoutRating() {
		assertThatThrownBy(() -> Rule.bySatisfaction(6, 5, 0).pointsFor(Optional.empty()))
			.isInstanceOfSatisfying(Problem.Invalid.class, invalid -> assertThat(invalid.fields())
				.singleElement()
				.satisfies(f -> {
					assertThat(f.field()).isEqualTo("satisfaction");
					assertThat(f.messageKey()).isEqualTo("standard.satisfaction.required");
				}));
	}

	@Test
	void exposesTheCapPerCycleOfEitherKindAndNoneByDefault() {
		assertThat(Rule.perOccurrence(3).capPerCycle()).isEmpty();
		assertThat(Rule.perOccurrence(3).withCap(9).capPerCycle()).hasValue(9);
		assertThat(Rule.bySatisfaction(6, 5, 0).capPerCycle()).isEmpty();
		assertThat(Rule.bySatisfaction(6, 5, 0).withCap(12).capPerCycle()).hasValue(12);
		// The cap is the cycle's limit, not the points of one occurrence.
		assertThat(Rule.perOccurrence(3).withCap(2).pointsFor(Optional.empty())).isEqualTo(3);
	}

	@Test
	void anItemScoresByItsRule() {
		var item = new StandardItem(3, Category.SERVICE, "协助解决群众诉求", Rule.bySatisfaction(6, 5, 0));
		assertThat(item.pointsFor(Optional.of(Satisfaction.BASICALLY_SATISFIED))).isEqualTo(5);
	}
}
