package cn.lvzhi.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.lvzhi.standard.Category;

/**
 * One entry of the ledger, as stored: never changed once written. {@code occurredOn} is the day
 * of the activity it scores (of an adjustment: the day it was booked, at most the last day of
 * its cycle), which is what standings "as of" a day count by.
 */
public record LedgerEntry(long id, long districtId, long representativeId, int cycle, LocalDate occurredOn,
		EntryKind kind, int points, Integer itemCode, Category category, Long activityId, Integer standardVersion,
		String reason, String bookedBy, Instant bookedAt) {

	public Optional<Long> activity() {
		return Optional.ofNullable(activityId);
	}

	public Optional<String> reasonText() {
		return Optional.ofNullable(reason);
	}
}
