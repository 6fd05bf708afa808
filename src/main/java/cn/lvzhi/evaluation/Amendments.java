package cn.lvzhi.evaluation;

import org.springframework.stereotype.Component;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * Carries out the amendment of a decision in the caller's transaction: {@code REVOKE} and
 * {@code VERIFY} move the record the case is about through {@link Activities} (which refuses a
 * record in the wrong state, or of a closed cycle, with 409); {@code ADJUST} books the points in
 * the {@link Ledger} for the case's representative in the record's cycle (without a record: the
 * current year). A case without the record (or representative) an amendment needs: 422.
 */
@Component
class Amendments {

	private final Activities activities;

	private final Ledger ledger;

	Amendments(Activities activities, Ledger ledger) {
		this.activities = activities;
		this.ledger = ledger;
	}

	void carryOut(CurrentUser user, Long activityId, Long representativeId, Decision decision) {
		Amendment amendment = decision.amendment();
		if (decision.outcome() != Outcome.AMENDED || amendment == null) {
			return;
		}
		switch (amendment.type()) {
			case REVOKE -> activities.revoke(user, record(activityId), decision.reason());
			case VERIFY -> activities.verify(user, record(activityId), decision.reason());
			case ADJUST -> {
				if (representativeId == null) {
					throw Problem.Invalid.field("amendment.type", "evaluation.validation.no-representative");
				}
				int cycle = activityId != null ? activities.getFor(user, activityId).cycle()
						: ledger.today(user.districtId()).getYear();
				ledger.adjust(user, representativeId, cycle, amendment.points(), decision.reason());
			}
		}
	}

	private static long record(Long activityId) {
		if (activityId == null) {
			throw Problem.Invalid.field("amendment.type", "evaluation.validation.no-record");
		}
		return activityId;
	}
}
