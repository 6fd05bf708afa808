package cn.lvzhi.activities.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.standard.Satisfaction;

/**
 * A record as the API receives it, to create or amend one ({@code representativeId} is ignored
 * when amending). Every rule is checked by {@code Activities}, which answers 422 with field errors.
 */
record ActivityRequest(Long representativeId, Integer itemCode, LocalDate occurredOn, String title,
		String description, String place, BigDecimal hours, Satisfaction satisfaction) {

	ActivityDetails details() {
		return new ActivityDetails(itemCode, occurredOn, title, description, place, hours, satisfaction);
	}
}
