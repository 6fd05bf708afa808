package cn.lvzhi.publication.web;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.publication.CycleClosure;
import cn.lvzhi.publication.Cycles;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;

/** Closing a cycle after its fourth quarter is published (API.md "Quarterly publications"). */
@RestController
@RequestMapping("/api/v1/cycles")
@Tag(name = "Quarterly publications")
class CycleApi {

	private final Cycles cycles;

	private final Districts districts;

	CycleApi(Cycles cycles, Districts districts) {
		this.cycles = cycles;
		this.districts = districts;
	}

	record Closed(int year, OffsetDateTime closedAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CycleState(int year, boolean closed, OffsetDateTime closedAt, String closedBy) {
	}

	@PostMapping("/{year}/close")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Close a cycle: 200 {year, closedAt}; 409 before its Q4 list is published or when closed "
			+ "already. Afterwards records of that year are neither verified nor revoked (409)")
	Closed close(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "Out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @PathVariable int year) {
		CycleClosure closure = cycles.close(user, year);
		return new Closed(closure.year(), at(user, closure));
	}

	@GetMapping("/{year}")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	@Operation(summary = "Whether a cycle is closed: {year, closed, closedAt?, closedBy?}")
	CycleState state(@AuthenticationPrincipal CurrentUser user, @PathVariable int year) {
		return cycles.closure(user.districtId(), year)
			.map(c -> new CycleState(year, true, at(user, c), c.closedBy()))
			.orElseGet(() -> new CycleState(year, false, null, null));
	}

	private OffsetDateTime at(CurrentUser user, CycleClosure closure) {
		return closure.closedAt().atZone(districts.of(user.districtId()).timeZone()).toOffsetDateTime();
	}
}
