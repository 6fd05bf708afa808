package cn.lvzhi.yearend.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.yearend.Assessment;
import cn.lvzhi.yearend.Grade;
import cn.lvzhi.yearend.YearEndSheets;

/** The evaluation group's form of a year-end evaluation; {@code version} is the one the editor saw. */
public record EvaluationForm(Integer version,
		@NotNull @Min(0) @Max(Assessment.COUNT_MAX) Integer membersSatisfied,
		@NotNull @Min(0) @Max(Assessment.COUNT_MAX) Integer membersBasicallySatisfied,
		@NotNull @Min(0) @Max(Assessment.COUNT_MAX) Integer membersDissatisfied,
		@NotNull @Min(0) @Max(Assessment.COUNT_MAX) Integer constituentsSatisfied,
		@NotNull @Min(0) @Max(Assessment.COUNT_MAX) Integer constituentsBasicallySatisfied,
		@NotNull @Min(0) @Max(Assessment.COUNT_MAX) Integer constituentsDissatisfied, Boolean reportToElectoralUnit,
		Boolean reportToCommunity, Grade grade, @Size(max = Assessment.NOTE_MAX) String rewards,
		@Size(max = Assessment.NOTE_MAX) String penalties, @Size(max = Assessment.NOTE_MAX) String exitRecommendation) {

	/** The form of a representative not evaluated yet: all counts 0, no report, no grade. */
	static EvaluationForm empty() {
		return new EvaluationForm(null, 0, 0, 0, 0, 0, 0, false, false, null, null, null, null);
	}

	static EvaluationForm of(YearEndSheets.Evaluation evaluation) {
		Assessment a = evaluation.assessment();
		return new EvaluationForm(evaluation.version(), a.members().satisfied(), a.members().basicallySatisfied(),
				a.members().dissatisfied(), a.constituents().satisfied(), a.constituents().basicallySatisfied(),
				a.constituents().dissatisfied(), a.reportToElectoralUnit(), a.reportToCommunity(), a.grade(),
				a.rewards(), a.penalties(), a.exitRecommendation());
	}

	Assessment.Input input() {
		return new Assessment.Input(membersSatisfied, membersBasicallySatisfied, membersDissatisfied,
				constituentsSatisfied, constituentsBasicallySatisfied, constituentsDissatisfied,
				Boolean.TRUE.equals(reportToElectoralUnit), Boolean.TRUE.equals(reportToCommunity), grade, rewards,
				penalties, exitRecommendation);
	}

	/** The form field of a field named as in the API ({@code members.satisfied} → {@code membersSatisfied}). */
	public static String field(String apiField) {
		int dot = apiField.indexOf('.');
		if (dot < 0 || dot == apiField.length() - 1) {
			return apiField;
		}
		return apiField.substring(0, dot) + Character.toUpperCase(apiField.charAt(dot + 1))
				+ apiField.substring(dot + 2);
	}
}
