package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;

/**
 * A collective inspection or research (集中视察调研, item 6): the day, subject, what was looked
 * at and where, entered once with its participants as a collective activity
 * ({@link #collectiveId()}); afterwards its report (报告), a text and a file, each written once —
 * a second one is a {@link Problem.Conflict}: the report is what was handed in, and its audit
 * trail shows who wrote it down.
 */
@Table("inspection")
public class Inspection extends CollectiveCase {

	public static final int REPORT_MAX = 10000;

	private final String title;

	private final String description;

	private final String place;

	@Embedded.Nullable(prefix = "report_")
	private CaseText report;

	@Embedded.Nullable(prefix = "report_file_")
	private CaseFile reportFile;

	Inspection(Long id, Integer version, long districtId, long collectiveId, LocalDate occurredOn, String title,
			String description, String place, CaseText report, CaseFile reportFile, String createdBy,
			Instant createdAt) {
		super(id, version, districtId, collectiveId, occurredOn, createdBy, createdAt);
		this.title = title;
		this.description = description;
		this.place = place;
		this.report = report;
		this.reportFile = reportFile;
	}

	static Inspection enter(long districtId, long collectiveId, InspectionDetails details, String by, Instant now) {
		return new Inspection(null, null, districtId, collectiveId, details.occurredOn(), details.title(),
				details.description(), details.place(), null, null, by, now);
	}

	/** Writes the report's text; it is written once. */
	void report(String text, String by, Instant now) {
		if (report != null) {
			throw new Problem.Conflict("inspection.problem.reported");
		}
		report = new CaseText(text, by, now);
	}

	/** Refuses (409) a second file of the report, before its content is read. */
	void requireNoReportFile() {
		if (reportFile != null) {
			throw new Problem.Conflict("inspection.problem.report-file-attached");
		}
	}

	/** Adds the report's file; there is one. */
	void attachReport(CaseFile file) {
		requireNoReportFile();
		reportFile = file;
	}

	public String title() {
		return title;
	}

	public Optional<String> description() {
		return Optional.ofNullable(description);
	}

	public Optional<String> place() {
		return Optional.ofNullable(place);
	}

	/** The report's text, once written. */
	public Optional<CaseText> report() {
		return Optional.ofNullable(report);
	}

	/** The report's file, once added. */
	public Optional<CaseFile> reportFile() {
		return Optional.ofNullable(reportFile);
	}
}
