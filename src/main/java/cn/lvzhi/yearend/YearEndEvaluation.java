package cn.lvzhi.yearend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.yearend.Assessment.Counts;

/**
 * The year-end evaluation (年终评议) of one representative for one year. Versioned: a change made
 * from an outdated version is refused (by {@link YearEndEvaluations} with the version the editor
 * saw, and by the database row's version against a concurrent save). Every saved version is kept
 * in its history with who saved it, when and what changed.
 */
@Table("year_end_evaluation")
class YearEndEvaluation {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final long representativeId;

	@Column("cycle")
	private final int year;

	private int membersSatisfied;

	private int membersBasicallySatisfied;

	private int membersDissatisfied;

	private int constituentsSatisfied;

	private int constituentsBasicallySatisfied;

	private int constituentsDissatisfied;

	private boolean reportToElectoralUnit;

	private boolean reportToCommunity;

	private Grade grade;

	private String rewards;

	private String penalties;

	private String exitRecommendation;

	private final String createdBy;

	private final Instant createdAt;

	private String updatedBy;

	private Instant updatedAt;

	@MappedCollection(idColumn = "evaluation", keyColumn = "evaluation_key")
	private final List<Change> changes;

	/**
	 * One saved version: who saved it, when, what it changed in words ({@code summary}) and the
	 * fields it changed ({@code fields}, comma-separated API names; empty for the first version).
	 */
	@Table("year_end_evaluation_change")
	record Change(int version, String changedBy, Instant changedAt, String summary, String fields) {

		List<String> fieldList() {
			return fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(","));
		}
	}

	YearEndEvaluation(Long id, Integer version, long districtId, long representativeId, int year,
			int membersSatisfied, int membersBasicallySatisfied, int membersDissatisfied, int constituentsSatisfied,
			int constituentsBasicallySatisfied, int constituentsDissatisfied, boolean reportToElectoralUnit,
			boolean reportToCommunity, Grade grade, String rewards, String penalties, String exitRecommendation,
			String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, List<Change> changes) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.representativeId = representativeId;
		this.year = year;
		this.membersSatisfied = membersSatisfied;
		this.membersBasicallySatisfied = membersBasicallySatisfied;
		this.membersDissatisfied = membersDissatisfied;
		this.constituentsSatisfied = constituentsSatisfied;
		this.constituentsBasicallySatisfied = constituentsBasicallySatisfied;
		this.constituentsDissatisfied = constituentsDissatisfied;
		this.reportToElectoralUnit = reportToElectoralUnit;
		this.reportToCommunity = reportToCommunity;
		this.grade = grade;
		this.rewards = rewards;
		this.penalties = penalties;
		this.exitRecommendation = exitRecommendation;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.changes = changes == null ? new ArrayList<>() : new ArrayList<>(changes);
	}

	/** The first version of a representative's evaluation for a year. */
	static YearEndEvaluation record(long districtId, long representativeId, int year, Assessment assessment,
			String by, Instant now) {
		var evaluation = new YearEndEvaluation(null, null, districtId, representativeId, year, 0, 0, 0, 0, 0, 0, false,
				false, null, null, null, null, by, now, by, now, List.of());
		evaluation.apply(assessment);
		evaluation.changes.add(new Change(1, by, now, assessment.summary(), ""));
		return evaluation;
	}

	/**
	 * Changes the evaluation; answers what changed (nothing: the evaluation stays as it is and no
	 * version is added).
	 */
	List<Assessment.Difference> change(Assessment assessment, String by, Instant now) {
		List<Assessment.Difference> changed = assessment.changesFrom(assessment());
		if (!changed.isEmpty()) {
			apply(assessment);
			updatedBy = by;
			updatedAt = now;
			changes.add(new Change(changes.size() + 1, by, now, summary(changed), String.join(",",
					changed.stream().map(Assessment.Difference::field).toList())));
		}
		return changed;
	}

	static String summary(List<Assessment.Difference> changed) {
		return String.join("; ", changed.stream().map(Assessment.Difference::text).toList());
	}

	private void apply(Assessment a) {
		membersSatisfied = a.members().satisfied();
		membersBasicallySatisfied = a.members().basicallySatisfied();
		membersDissatisfied = a.members().dissatisfied();
		constituentsSatisfied = a.constituents().satisfied();
		constituentsBasicallySatisfied = a.constituents().basicallySatisfied();
		constituentsDissatisfied = a.constituents().dissatisfied();
		reportToElectoralUnit = a.reportToElectoralUnit();
		reportToCommunity = a.reportToCommunity();
		grade = a.grade();
		rewards = a.rewards();
		penalties = a.penalties();
		exitRecommendation = a.exitRecommendation();
	}

	Assessment assessment() {
		return new Assessment(new Counts(membersSatisfied, membersBasicallySatisfied, membersDissatisfied),
				new Counts(constituentsSatisfied, constituentsBasicallySatisfied, constituentsDissatisfied),
				reportToElectoralUnit, reportToCommunity, grade, rewards, penalties, exitRecommendation);
	}

	Long id() {
		return id;
	}

	/** The version as the API shows it: 1 for the first saved, one more for each change. */
	int revision() {
		return changes.size();
	}

	long districtId() {
		return districtId;
	}

	long representativeId() {
		return representativeId;
	}

	int year() {
		return year;
	}

	Optional<Grade> grade() {
		return Optional.ofNullable(grade);
	}

	String updatedBy() {
		return updatedBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	List<Change> changes() {
		return Collections.unmodifiableList(changes);
	}
}
