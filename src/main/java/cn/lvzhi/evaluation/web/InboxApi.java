package cn.lvzhi.evaluation.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.evaluation.Inbox;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;

/** The evaluation group's inbox as JSON (the page {@code /evaluation} shows the same). */
@RestController
@Tag(name = "Reviews", description = "复核申请: a representative's request to review a decision on their own record")
class InboxApi {

	private final Inbox inbox;

	private final Districts districts;

	InboxApi(Inbox inbox, Districts districts) {
		this.inbox = inbox;
		this.districts = districts;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(String kind, long id, Long representativeId, String representativeName, Long activityId,
			OffsetDateTime receivedAt, LocalDate receivedOn, int ageWorkingDays, boolean overdue) {
	}

	@GetMapping("/api/v1/evaluation/inbox")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Open reviews and complaints of the district, oldest first, with their age in working days "
			+ "(Mon-Fri, no holiday calendar) and overdue = open longer than 15 working days (EVALUATION_GROUP)")
	List<Item> inbox(@AuthenticationPrincipal CurrentUser user) {
		ZoneId zone = districts.of(user.districtId()).timeZone();
		return inbox.open(user)
			.stream()
			.map(i -> new Item(i.kind().name(), i.id(), i.representativeId(), i.representativeName(), i.activityId(),
					i.receivedAt().atZone(zone).toOffsetDateTime(), i.receivedOn(), i.ageWorkingDays(), i.overdue()))
			.toList();
	}
}
