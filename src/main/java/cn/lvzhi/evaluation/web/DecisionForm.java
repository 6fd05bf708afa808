package cn.lvzhi.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.evaluation.Amendment;
import cn.lvzhi.evaluation.Decision;
import cn.lvzhi.evaluation.Outcome;

/** The decision form of the evaluation group: outcome, reason, and for a correction its kind and points. */
record DecisionForm(@NotNull Outcome outcome, @NotBlank @Size(max = Decision.REASON_MAX) String reason,
		Amendment.Type amendmentType, Integer amendmentPoints) {

	static DecisionForm empty() {
		return new DecisionForm(null, null, null, null);
	}

	Decision decision() {
		return new Decision(outcome, reason, amendmentType == null ? null : new Amendment(amendmentType, amendmentPoints));
	}
}
