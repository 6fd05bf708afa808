package cn.lvzhi.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The facts of the standard that go with an item's code, as DOMAIN.md states them. */
class StandardItemTests {

	private static StandardItem item(int code) {
		return new StandardItem(code, Category.SERVICE, "第" + code + "项", Rule.perOccurrence(5));
	}

	@Test
	void onlyDutyShiftsAskForTheirHours() {
		assertThat(IntStream.rangeClosed(1, 14).filter(code -> item(code).asksForHours())).containsExactly(1);
	}

	@Test
	void appealsAndProposalsItemsComeOnlyFromTheirCaseworkSource() {
		assertThat(IntStream.rangeClosed(1, 14).filter(code -> item(code).needsSource()))
			.containsExactly(2, 3, 7, 8, 9);
	}

	@Test
	void theFactsDoNotDependOnTitleRuleOrCategory() {
		var renamed = new StandardItem(1, Category.EXEMPLARY, "改名后的值班", Rule.perOccurrence(1));
		assertThat(renamed.asksForHours()).isTrue();
		assertThat(renamed.needsSource()).isFalse();
	}
}
