package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;

/** The inspection of uploaded files, without the application. */
class RosterSheetsTests {

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
