package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;

/** Inspections, inquiries and written opinions as they are stored, for slice tests of their pages. */
public final class CollectiveCases {

	public static final Instant AT = Instant.parse("2026-05-02T03:04:00Z");

	private CollectiveCases() {
	}

	public static Inspection inspection(long id, LocalDate day, CaseText report, CaseFile file) {
		return new Inspection(id, 1, 1, 100 + id, day, "集中视察老旧小区改造", "察看加装电梯", "海山街道", report, file,
				"office", AT);
	}

	public static Inquiry inquiry(long id, LocalDate day, InquiryKind kind, CaseText answer) {
		return new Inquiry(id, 1, 1, 200 + id, kind, day, "区住房和建设局", "补贴何时发放?", answer, "staff", AT);
	}

	public static WrittenOpinion opinion(long id, LocalDate day, CaseFile document) {
		return new WrittenOpinion(id, 1, 1, 300 + id, day, "关于改进考评的意见", "建议纳入群众满意度。", document, "office",
				AT);
	}

	public static CaseText text(String text, String by) {
		return new CaseText(text, by, AT);
	}

	public static CaseFile file(String name, String by) {
		return new CaseFile(name, "application/pdf", 2048, "a".repeat(64), by, AT);
	}
}
