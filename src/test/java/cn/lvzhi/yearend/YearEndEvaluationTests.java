package cn.lvzhi.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.yearend.web.EvaluationForm;

/** The year-end evaluation as a plain aggregate: checked input, versions, what changed. */
class YearEndEvaluationTests {

	static final Instant NOW = Instant.parse("2025-01-10T02:00:00Z");

	static Assessment.Input input(Integer membersSatisfied, Grade grade, String rewards) {
		return new Assessment.Input(membersSatisfied, 2, 0, 30, 4, 1, true, false, grade, rewards, "  ", null);
	}

	@Test
	void aFirstSaveIsVersionOneWithEverythingInItsHistory() {
		var evaluation = YearEndEvaluation.record(1, 7, 2024, input(10, Grade.COMPETENT, null).checked(), "zu", NOW);
		assertThat(evaluation.revision()).isEqualTo(1);
		assertThat(evaluation.grade()).contains(Grade.COMPETENT);
		assertThat(evaluation.assessment().penalties()).as("a blank note is no note").isNull();
		assertThat(evaluation.changes()).singleElement()
			.satisfies(c -> assertThat(c.summary()).contains("members 10/2/0", "constituents 30/4/1", "grade COMPETENT"));
	}

	@Test
	void aChangeAddsAVersionNamingWhatChangedAndAnUnchangedSaveAddsNone() {
		var evaluation = YearEndEvaluation.record(1, 7, 2024, input(10, Grade.COMPETENT, null).checked(), "zu", NOW);
		assertThat(evaluation.change(input(10, Grade.COMPETENT, null).checked(), "zu2", NOW.plusSeconds(60))).isEmpty();
		assertThat(evaluation.revision()).isEqualTo(1);
		assertThat(evaluation.updatedBy()).isEqualTo("zu");

		var changed = evaluation.change(input(11, Grade.EXCELLENT, "表扬").checked(), "zu2", NOW.plusSeconds(60));
		assertThat(changed).extracting(Assessment.Difference::text)
			.containsExactly("members 10/2/0→11/2/0", "grade COMPETENT→EXCELLENT", "rewards");
		assertThat(evaluation.changes().get(1).fieldList()).containsExactly("members", "grade", "rewards");
		assertThat(evaluation.changes().get(0).fieldList()).isEmpty();
		assertThat(evaluation.revision()).isEqualTo(2);
		assertThat(evaluation.updatedBy()).isEqualTo("zu2");
		assertThat(evaluation.changes().get(1).version()).isEqualTo(2);
		assertThat(evaluation.changes().get(1).changedBy()).isEqualTo("zu2");
	}

	@Test
	void refusesMissingNegativeOrHugeCountsAndOverlongNotes() {
		var input = new Assessment.Input(-1, null, Assessment.COUNT_MAX + 1, 0, 0, 0, null, true, null,
				"x".repeat(Assessment.NOTE_MAX + 1), null, null);
		assertThatThrownBy(input::checked).isInstanceOfSatisfying(Problem.Invalid.class,
				invalid -> assertThat(invalid.fields()).extracting(Problem.FieldViolation::field)
					.containsExactly("members.satisfied", "members.basicallySatisfied", "members.dissatisfied",
							"reportToElectoralUnit", "rewards"));
		assertThat(input(0, null, "x".repeat(Assessment.NOTE_MAX)).checked().rewards()).hasSize(Assessment.NOTE_MAX);
	}

	@Test
	void formFieldsFollowTheApiFieldNames() {
		assertThat(EvaluationForm.field("members.basicallySatisfied")).isEqualTo("membersBasicallySatisfied");
		assertThat(EvaluationForm.field("constituents.dissatisfied")).isEqualTo("constituentsDissatisfied");
		assertThat(EvaluationForm.field("rewards")).isEqualTo("rewards");
	}
}
