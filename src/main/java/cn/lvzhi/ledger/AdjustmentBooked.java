package cn.lvzhi.ledger;

import cn.lvzhi.shared.Auditable;

/** The evaluation group booked a manual adjustment for a representative's cycle. */
public record AdjustmentBooked(long districtId, long entryId, long representativeId, int year, int points,
		String reason) implements Auditable {

	@Override
	public String action() {
		return "POINTS_ADJUSTED";
	}

	@Override
	public String recordType() {
		return "LEDGER_ENTRY";
	}

	@Override
	public String recordId() {
		return Long.toString(entryId);
	}

	@Override
	public String summary() {
		return "representative " + representativeId + ", cycle " + year + ", " + (points > 0 ? "+" : "") + points
				+ ": " + reason;
	}
}
