package cn.lvzhi.evaluation;

import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * The evaluation group's decision on a review request or complaint: an outcome, always with a
 * written reason, and for {@link Outcome#AMENDED} the {@link Amendment} that corrects the record
 * or the points. The reason is also the reason the record's history or the ledger shows, hence
 * the same limit as theirs.
 */
public record Decision(Outcome outcome, String reason, Amendment amendment) {

	public static final int REASON_MAX = 1000;

	/** The decision checked and tidied (reason stripped, points only for an adjustment), or 422. */
	public Decision checked() {
		var violations = new ArrayList<FieldViolation>();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (outcome == null) {
			violations.add(new FieldViolation("outcome", "validation.required"));
		}
		if (why == null) {
			violations.add(new FieldViolation("reason", "validation.required"));
		}
		else if (why.length() > REASON_MAX) {
			violations.add(new FieldViolation("reason", "validation.too-long", REASON_MAX));
		}
		Amendment amended = null;
		if (outcome == Outcome.AMENDED) {
			if (amendment == null) {
				violations.add(new FieldViolation("amendment", "evaluation.validation.amendment-required"));
			}
			else if (amendment.type() == null) {
				violations.add(new FieldViolation("amendment.type", "validation.required"));
			}
			else if (amendment.type() == Amendment.Type.ADJUST) {
				Integer points = amendment.points();
				if (points == null) {
					violations.add(new FieldViolation("amendment.points", "validation.required"));
				}
				else if (points == 0 || Math.abs(points) > Ledger.ADJUSTMENT_MAX) {
					violations.add(new FieldViolation("amendment.points", "ledger.validation.adjustment",
							Ledger.ADJUSTMENT_MAX));
				}
				amended = amendment;
			}
			else {
				amended = new Amendment(amendment.type(), null);
			}
		}
		else if (outcome == Outcome.UPHELD && amendment != null && amendment.type() != null) {
			violations.add(new FieldViolation("amendment", "evaluation.validation.amendment-not-allowed"));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(List.copyOf(violations));
		}
		return new Decision(outcome, why, amended);
	}
}
