package cn.lvzhi.activities;

import java.time.LocalDate;

/** What a list of records is filtered by; every part optional. {@code year} is the cycle. */
public record ActivityQuery(Long representativeId, ActivityStatus status, Integer year, Long workstationId,
		Integer itemCode, LocalDate from, LocalDate to) {

	public static ActivityQuery all() {
		return new ActivityQuery(null, null, null, null, null, null, null);
	}
}
