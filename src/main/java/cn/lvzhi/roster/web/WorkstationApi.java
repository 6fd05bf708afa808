package cn.lvzhi.roster.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;

/** Workstations: set up by the office; read by everyone working with the roster (and admins, to scope staff). */
@RestController
@RequestMapping("/api/v1/workstations")
@Tag(name = "Roster", description = "党代表工作室与代表名册")
class WorkstationApi {

	static final String READERS = "hasAnyRole('OFFICE','EVALUATION_GROUP','WORKSTATION_STAFF','REPRESENTATIVE','ADMIN')";

	private final Workstations workstations;

	WorkstationApi(Workstations workstations) {
		this.workstations = workstations;
	}

	@PostMapping
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Create a workstation (OFFICE)")
	ResponseEntity<WorkstationResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody WorkstationRequest request) {
		var created = WorkstationResponse.of(
				workstations.create(user.districtId(), request.name(), request.type(), request.displayOrder()));
		return ResponseEntity.created(URI.create("/api/v1/workstations/" + created.id())).body(created);
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "The workstations of the district, in display order")
	List<WorkstationResponse> list(@AuthenticationPrincipal CurrentUser user) {
		return workstations.inDisplayOrder(user.districtId()).stream().map(WorkstationResponse::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One workstation")
	WorkstationResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return WorkstationResponse.of(workstations.get(user.districtId(), id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Rename, re-order or re-type a workstation (OFFICE); a stale version gives 409")
	WorkstationResponse change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody WorkstationRequest request) {
		return WorkstationResponse.of(workstations.change(user.districtId(), id, request.name(), request.type(),
				request.displayOrder(), request.version()));
	}
}
