package cn.lvzhi.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.lvzhi.standard.Satisfaction;

/** A verified record as the ledger scores it. Creation order is id order. */
public record VerifiedActivity(long id, long districtId, long representativeId, int itemCode, LocalDate occurredOn,
		Optional<Satisfaction> satisfaction, Instant createdAt) {
}
