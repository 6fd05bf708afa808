package cn.lvzhi.yearend;

import cn.lvzhi.shared.Auditable;

/**
 * Something that happened to the year-end evaluation, published inside the transaction of the
 * change so that the audit trail records it: an evaluation recorded or changed (with what
 * changed), the overview exported, an annual statement printed.
 */
record YearEndEvent(String action, String recordType, String recordId, String summary) implements Auditable {

	static final String EVALUATION = "YEAR_END_EVALUATION";

	static YearEndEvent recorded(YearEndEvaluation evaluation, String summary) {
		return new YearEndEvent("YEAR_END_EVALUATION_RECORDED", EVALUATION, String.valueOf(evaluation.id()),
				about(evaluation) + ", version " + evaluation.revision() + ": " + summary);
	}

	static YearEndEvent changed(YearEndEvaluation evaluation, String summary) {
		return new YearEndEvent("YEAR_END_EVALUATION_CHANGED", EVALUATION, String.valueOf(evaluation.id()),
				about(evaluation) + ", version " + evaluation.revision() + ": " + summary);
	}

	static YearEndEvent overviewExported(int year, Long workstationId, int rows) {
		return new YearEndEvent("YEAR_END_OVERVIEW_EXPORTED", "YEAR_END_OVERVIEW", String.valueOf(year),
				"year " + year + (workstationId == null ? "" : ", workstation " + workstationId) + ", " + rows
						+ " rows");
	}

	static YearEndEvent statementPrinted(int year, long representativeId) {
		return new YearEndEvent("YEAR_END_STATEMENT_PRINTED", "REPRESENTATIVE", String.valueOf(representativeId),
				"annual statement " + year + " of representative " + representativeId);
	}

	private static String about(YearEndEvaluation evaluation) {
		return "representative " + evaluation.representativeId() + ", year " + evaluation.year();
	}
}
