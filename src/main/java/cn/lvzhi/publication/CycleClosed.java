package cn.lvzhi.publication;

import java.time.Instant;

import cn.lvzhi.shared.Auditable;

/** The office closed a district's cycle after its fourth quarter was published. */
public record CycleClosed(long districtId, int year, Instant closedAt) implements Auditable {

	@Override
	public String action() {
		return "CYCLE_CLOSED";
	}

	@Override
	public String recordType() {
		return "CYCLE";
	}

	@Override
	public String recordId() {
		return Integer.toString(year);
	}

	@Override
	public String summary() {
		return "cycle " + year + " closed";
	}
}
