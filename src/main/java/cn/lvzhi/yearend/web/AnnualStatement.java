package cn.lvzhi.yearend.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.shared.PrintedDocument;
import cn.lvzhi.standard.Category;
import cn.lvzhi.yearend.Grade;
import cn.lvzhi.yearend.YearEndSheets;

/**
 * The annual statement (年度履职积分报告单) of a representative as a PDF: district, year, name,
 * workstation, points by item and quarter, total and ranks, the evaluation counts, whether the
 * annual report was given, and the grade. The page is the well-formed XHTML template
 * {@code yearend/statement-pdf} (texts from the bundle), printed with the embedded Chinese font.
 */
@Component
class AnnualStatement {

	private final ITemplateEngine templates;

	private final Ledger ledger;

	AnnualStatement(ITemplateEngine templates, Ledger ledger) {
		this.templates = templates;
		this.ledger = ledger;
	}

	byte[] pdf(YearEndSheets.Sheet sheet, long districtId) {
		return PrintedDocument.pdf(xhtml(sheet, ledger.today(districtId)));
	}

	String xhtml(YearEndSheets.Sheet sheet, LocalDate printedOn) {
		var context = new Context(LocaleContextHolder.getLocale(),
				Map.of("sheet", sheet, "categories", Category.values(), "grades", Grade.values(), "printedOn",
						printedOn));
		return templates.process("yearend/statement-pdf", context);
	}
}
