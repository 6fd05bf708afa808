package cn.lvzhi.activities.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.activities.CollectiveActivity;
import cn.lvzhi.shared.CurrentUser;

/** Collective activities: entered once with the participants, one RECORDED record each. */
@RestController
@RequestMapping("/api/v1/collective-activities")
@Tag(name = "Activities")
class CollectiveActivityApi {

	private final CollectiveActivities collectives;

	CollectiveActivityApi(CollectiveActivities collectives) {
		this.collectives = collectives;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OFFICE','WORKSTATION_STAFF')")
	@Operation(summary = "Enter a collective activity (OFFICE; staff for their own representatives): one RECORDED "
			+ "record per participant, all or none; answers {id, activityIds}")
	ResponseEntity<CollectiveActivity> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody CollectiveRequest request) {
		CollectiveActivity created = collectives.create(user, request.details());
		return ResponseEntity.created(URI.create("/api/v1/collective-activities/" + created.id())).body(created);
	}
}
