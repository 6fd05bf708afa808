package cn.lvzhi.casework.web;

import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.casework.ProposalUnit;

/** The small forms of a proposal's page, each bound from its request and checked by {@code Proposals}. */
final class ProposalStepForms {

	private ProposalStepForms() {
	}

	/** 交办: the lead unit (主办) and the assisting units (协办), one per line or separated by 、 , ;. */
	record Assignment(String leadUnit, String assistingUnits) {

		static Assignment empty() {
			return new Assignment(null, null);
		}

		List<ProposalUnit.Input> units() {
			var units = new ArrayList<ProposalUnit.Input>();
			units.add(new ProposalUnit.Input(leadUnit, "LEAD"));
			if (assistingUnits != null) {
				for (String name : assistingUnits.split("[\\n\\r、,,;;]+")) {
					if (!name.isBlank()) {
						units.add(new ProposalUnit.Input(name, "ASSISTING"));
					}
				}
			}
			return units;
		}
	}

	/** 答复: the unit that responded and its response. */
	record Reply(String handlingUnit, String content) {

		static Reply empty() {
			return new Reply(null, null);
		}
	}

	/** 评价: 满意, 基本满意 or 不满意. */
	record Evaluation(String satisfaction) {

		static Evaluation empty() {
			return new Evaluation(null);
		}
	}

	/** 撤回: the reason. */
	record Withdrawal(String reason) {

		static Withdrawal empty() {
			return new Withdrawal(null);
		}
	}
}
