package cn.lvzhi.yearend;

import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * What the evaluation group records at the year-end evaluation (DOMAIN.md 10): the members' and
 * the constituents' evaluation counts, whether the annual duty report was given to the electoral
 * unit and to the linked community, the grade ({@code null}: not graded yet, 未评议) and notes on
 * rewards, penalties and an exit recommendation (blank notes are stored as none).
 */
public record Assessment(Counts members, Counts constituents, boolean reportToElectoralUnit, boolean reportToCommunity,
		Grade grade, String rewards, String penalties, String exitRecommendation) {

	public static final int COUNT_MAX = 100_000;

	public static final int NOTE_MAX = 1000;

	/** Satisfied (满意), basically satisfied (基本满意) and dissatisfied (不满意) votes. */
	public record Counts(int satisfied, int basicallySatisfied, int dissatisfied) {

		static final Counts NONE = new Counts(0, 0, 0);

		@Override
		public String toString() {
			return satisfied + "/" + basicallySatisfied + "/" + dissatisfied;
		}
	}

	/** The input as it arrived (any part may be missing); each part checked, every problem named at once. */
	public record Input(Integer membersSatisfied, Integer membersBasicallySatisfied, Integer membersDissatisfied,
			Integer constituentsSatisfied, Integer constituentsBasicallySatisfied, Integer constituentsDissatisfied,
			Boolean reportToElectoralUnit, Boolean reportToCommunity, Grade grade, String rewards, String penalties,
			String exitRecommendation) {

		/** The checked assessment, or 422 with a violation per wrong field (named as in the API's JSON). */
		Assessment checked() {
			var violations = new ArrayList<FieldViolation>();
			count("members.satisfied", membersSatisfied, violations);
			count("members.basicallySatisfied", membersBasicallySatisfied, violations);
			count("members.dissatisfied", membersDissatisfied, violations);
			count("constituents.satisfied", constituentsSatisfied, violations);
			count("constituents.basicallySatisfied", constituentsBasicallySatisfied, violations);
			count("constituents.dissatisfied", constituentsDissatisfied, violations);
			if (reportToElectoralUnit == null) {
				violations.add(new FieldViolation("reportToElectoralUnit", "validation.required"));
			}
			if (reportToCommunity == null) {
				violations.add(new FieldViolation("reportToCommunity", "validation.required"));
			}
			String rewardsNote = note("rewards", rewards, violations);
			String penaltiesNote = note("penalties", penalties, violations);
			String exitNote = note("exitRecommendation", exitRecommendation, violations);
			if (!violations.isEmpty()) {
				throw Problem.Invalid.fields(List.copyOf(violations));
			}
			return new Assessment(new Counts(membersSatisfied, membersBasicallySatisfied, membersDissatisfied),
					new Counts(constituentsSatisfied, constituentsBasicallySatisfied, constituentsDissatisfied),
					reportToElectoralUnit, reportToCommunity, grade, rewardsNote, penaltiesNote, exitNote);
		}

		private static void count(String field, Integer value, List<FieldViolation> violations) {
			if (value == null) {
				violations.add(new FieldViolation(field, "validation.required"));
			}
			else if (value < 0 || value > COUNT_MAX) {
				violations.add(new FieldViolation(field, "yearend.validation.count", COUNT_MAX));
			}
		}

		private static String note(String field, String value, List<FieldViolation> violations) {
			String note = value == null || value.isBlank() ? null : value.strip();
			if (note != null && note.length() > NOTE_MAX) {
				violations.add(new FieldViolation(field, "validation.too-long", NOTE_MAX));
			}
			return note;
		}
	}

	/** A part that differs from the version before: its field (named as in the API) and how, in words. */
	record Difference(String field, String text) {
	}

	/** The parts that differ from {@code before}, for the history and the audit trail. */
	List<Difference> changesFrom(Assessment before) {
		var changed = new ArrayList<Difference>();
		if (!members.equals(before.members)) {
			changed.add(new Difference("members", "members " + before.members + "→" + members));
		}
		if (!constituents.equals(before.constituents)) {
			changed.add(new Difference("constituents", "constituents " + before.constituents + "→" + constituents));
		}
		if (reportToElectoralUnit != before.reportToElectoralUnit) {
			changed.add(new Difference("reportToElectoralUnit", "reportToElectoralUnit " + reportToElectoralUnit));
		}
		if (reportToCommunity != before.reportToCommunity) {
			changed.add(new Difference("reportToCommunity", "reportToCommunity " + reportToCommunity));
		}
		if (grade != before.grade) {
			changed.add(new Difference("grade", "grade " + before.grade + "→" + grade));
		}
		if (!java.util.Objects.equals(rewards, before.rewards)) {
			changed.add(new Difference("rewards", "rewards"));
		}
		if (!java.util.Objects.equals(penalties, before.penalties)) {
			changed.add(new Difference("penalties", "penalties"));
		}
		if (!java.util.Objects.equals(exitRecommendation, before.exitRecommendation)) {
			changed.add(new Difference("exitRecommendation", "exitRecommendation"));
		}
		return changed;
	}

	/** All parts, for the first version's history line and audit entry (notes by name only). */
	String summary() {
		return "members " + members + ", constituents " + constituents + ", report to electoral unit "
				+ reportToElectoralUnit + ", to community " + reportToCommunity + ", grade " + grade
				+ (rewards == null ? "" : ", rewards") + (penalties == null ? "" : ", penalties")
				+ (exitRecommendation == null ? "" : ", exit recommendation");
	}
}
