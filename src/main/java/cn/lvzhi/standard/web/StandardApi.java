package cn.lvzhi.standard.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;

/** The points standard: readable by every signed-in user, new versions by the office. */
@RestController
@RequestMapping("/api/v1/standard")
@Tag(name = "Standard", description = "积分标准: versions of the points standard and their items")
class StandardApi {

	private final Standards standards;

	private final Districts districts;

	private final Clock clock;

	StandardApi(Standards standards, Districts districts, Clock clock) {
		this.standards = standards;
		this.districts = districts;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The version in force on a day (default: today in the district's time zone)")
	StandardJson.Version inForce(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		LocalDate day = on != null ? on : today(user.districtId());
		return StandardJson.Version.of(standards.inForce(user.districtId(), day));
	}

	@GetMapping("/versions")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "All versions, oldest first: version, name, effectiveFrom, itemCount")
	PageResult<StandardJson.Summary> versions(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		List<StandardVersion.Summary> all = standards.versions(user.districtId());
		int from = (int) Math.min(query.offset(), all.size());
		int to = Math.min(from + query.size(), all.size());
		return query.result(all.subList(from, to).stream().map(StandardJson.Summary::of).toList(), all.size());
	}

	@GetMapping("/versions/{version}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One version with its items")
	StandardJson.Version version(@AuthenticationPrincipal CurrentUser user, @PathVariable int version) {
		return StandardJson.Version.of(standards.version(user.districtId(), version));
	}

	@PostMapping("/versions")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Create the next version (OFFICE): a full catalogue with an effectiveFrom after the latest version's")
	ResponseEntity<StandardJson.Version> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody StandardJson.Version body) {
		StandardVersion created = standards.create(user.districtId(), body.toNewVersion(), user);
		return ResponseEntity.created(URI.create("/api/v1/standard/versions/" + created.number()))
			.body(StandardJson.Version.of(created));
	}

	private LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}
}
