package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Texts that a spreadsheet would take for formulas are kept as text, and read back unchanged. */
class SpreadsheetTextTests {

	@Test
	void neutralisesTextsThatASpreadsheetWouldTakeForFormulas() {
		assertThat(SpreadsheetText.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(SpreadsheetText.neutralised("+86")).isEqualTo("'+86");
		assertThat(SpreadsheetText.neutralised("-2")).isEqualTo("'-2");
		assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetText.neutralised("张=三")).isEqualTo("张=三");
		assertThat(SpreadsheetText.neutralised("")).isEmpty();
	}

	@Test
	void neutralisingAndReadingBackGiveTheSameTextForAnyInput() {
		long seed = Long.getLong("lvzhi.seed", 20260520L);
		Random random = new Random(seed);
		String alphabet = "=+-@'\t\r张a1 ";
		for (int i = 0; i < 2000; i++) {
			var text = new StringBuilder();
			for (int n = random.nextInt(6); n > 0; n--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = text.toString();
			String written = SpreadsheetText.neutralised(value);
			assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0).as("seed %d: %s", seed, value)
				.isTrue();
			if (!value.startsWith("'")) {
				assertThat(SpreadsheetText.unneutralised(written)).as("seed %d: %s", seed, value).isEqualTo(value);
			}
		}
	}
}
