package cn.lvzhi.roster;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The columns of the roster sheet, in order. Their Chinese headers (from the bundle, always in
 * Chinese: the sheet is a file format) are what an import looks for in the first row.
 */
enum SheetColumn {

	NAME("name"), GENDER("gender"), ORGANIZATION("organization"), POSITION("position"), PHONE("phone"),
	ELECTORAL_UNIT("electoralUnit"), TERM("term"), COMMUNITY_WORKSTATION("communityWorkstationId"),
	INDUSTRY_WORKSTATION("industryWorkstationId"), STATUS("status"), STARTED_ON("startedOn"), ENDED_ON("endedOn"),
	END_REASON("reason");

	/** The field of the API and of the domain's violations that this column holds. */
	final String field;

	SheetColumn(String field) {
		this.field = field;
	}

	String header(MessageSource messages) {
		return text(messages, "roster.sheet.column." + field);
	}

	/** A text of the sheet (a header, a gender or status as written in a cell): always Chinese. */
	static String text(MessageSource messages, String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	static SheetColumn ofField(String field) {
		for (SheetColumn column : values()) {
			if (column.field.equals(field)) {
				return column;
			}
		}
		return NAME;
	}
}
