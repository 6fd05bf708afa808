package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;

/** Formula neutralisation and the inspection of uploaded files, without the application. */
class RosterSheetsTests {

	@Test
	void neutralisesTextsThatASpreadsheetWouldTakeForFormulas() {
		assertThat(RosterSheets.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(RosterSheets.neutralised("+86")).isEqualTo("'+86");
		assertThat(RosterSheets.neutralised("-2")).isEqualTo("'-2");
		assertThat(RosterSheets.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(RosterSheets.neutralised("张=三")).isEqualTo("张=三");
		assertThat(RosterSheets.neutralised("")).isEmpty();
	}

	@Test
	void neutralisingAndReadingBackGiveTheSameTextForAnyInput() {
		long seed = Long.getLong("roster.seed", 20260520L);
		Random random = new Random(seed);
		String alphabet = "=+-@'\t\r张a1 ";
		for (int i = 0; i < 2000; i++) {
			var text = new StringBuilder();
			for (int n = random.nextInt(6); n > 0; n--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = text.toString();
			String written = RosterSheets.neutralised(value);
			assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0).as("seed %d: %s", seed, value)
				.isTrue();
			if (!value.startsWith("'")) {
				assertThat(RosterSheets.unneutralised(written)).as("seed %d: %s", seed, value).isEqualTo(value);
			}
		}
	}

	@Test
	void acceptsAPlainWorkbook() {
		byte[] xlsx = Workbooks.sheet(Workbooks.HEADERS, List.of(Workbooks.row("张三")));
		XlsxInspection.check(xlsx, 20L << 20, 0.01);
	}

	@Test
	void judgesTheTypeFromTheContent() {
		assertThatThrownBy(() -> XlsxInspection.check("PK".getBytes(), 1 << 20, 0.01))
			.isInstanceOf(Problem.UnsupportedType.class);
		assertThatThrownBy(() -> XlsxInspection.check(new byte[0], 1 << 20, 0.01))
			.isInstanceOf(Problem.UnsupportedType.class);
	}

	@Test
	void findsADoctypeAcrossBufferBoundaries() {
		byte[] xlsx = Workbooks.withSheetXml(Workbooks.sheet(Workbooks.HEADERS, List.of()), out -> {
			try {
				// Padding so that the marker straddles the inspection's 16 KB reads.
				out.write(("<?xml version=\"1.0\"?>" + " ".repeat(16 * 1024 - 24) + "<!doctype x><worksheet/>")
					.getBytes());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		assertThatThrownBy(() -> XlsxInspection.check(xlsx, 20L << 20, 0.001))
			.isInstanceOfSatisfying(Problem.Invalid.class,
					i -> assertThat(i.fields().get(0).messageKey()).isEqualTo("roster.import.doctype"));
	}
}
