package cn.lvzhi.evaluation.web;

import cn.lvzhi.evaluation.Amendment;
import cn.lvzhi.evaluation.Decision;
import cn.lvzhi.evaluation.Outcome;

/** {@code {outcome: "UPHELD"|"AMENDED", reason, amendment?: {type: "REVOKE"|"VERIFY"|"ADJUST", points?}}}. */
record DecisionRequest(Outcome outcome, String reason, AmendmentRequest amendment) {

	record AmendmentRequest(Amendment.Type type, Integer points) {
	}

	Decision decision() {
		return new Decision(outcome, reason, amendment == null ? null : new Amendment(amendment.type(), amendment.points()));
	}
}
