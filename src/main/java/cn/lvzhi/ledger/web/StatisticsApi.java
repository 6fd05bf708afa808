package cn.lvzhi.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.ledger.PointsStatistics;
import cn.lvzhi.shared.CurrentUser;

/**
 * The numbers behind the charts (统计图表): the district's points by category and quarter, the
 * distribution of the representatives' totals, the community workstations compared (OFFICE and
 * EVALUATION_GROUP: the district or any workstation; WORKSTATION_STAFF: their own workstation),
 * and a representative's points by quarter (also the representative themselves).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "统计图表的数据")
class StatisticsApi {

	private final PointsStatistics statistics;

	StatisticsApi(PointsStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/points-by-quarter")
	@PreAuthorize(StandingsApi.READERS)
	@Operation(summary = "Points of a cycle (default: this year) by quarter of the day they count on and by category "
			+ "{year, workstationId?, quarters: [{quarter, byCategory, adjustments, total}], total}; the district or "
			+ "one workstation's representatives (WORKSTATION_STAFF: always their own)")
	PointsStatistics.Quarters pointsByQuarter(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The cycle (default: this year); out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year, @RequestParam(required = false) Long workstationId) {
		return statistics.byQuarter(user, year, workstationId);
	}

	@GetMapping("/distribution")
	@PreAuthorize(StandingsApi.READERS)
	@Operation(summary = "How the representatives' cycle totals (as of today) are spread {year, workstationId?, "
			+ "representatives, bucketWidth, buckets: [{from, to, count}], min, max, average, median}; buckets of "
			+ "5, 10, 20, 50, 100… points, at most ten (WORKSTATION_STAFF: always their own workstation)")
	PointsStatistics.Distribution distribution(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The cycle (default: this year); out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year, @RequestParam(required = false) Long workstationId) {
		return statistics.distribution(user, year, workstationId);
	}

	@GetMapping("/workstations")
	@PreAuthorize(StandingsApi.READERS)
	@Operation(summary = "The community workstations compared {year, districtAverage, workstations: [{workstationId, "
			+ "name, representatives, total, average}]} in display order (WORKSTATION_STAFF: their own only)")
	PointsStatistics.Comparison workstations(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "The cycle (default: this year); out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year) {
		return statistics.workstations(user, year);
	}

	@GetMapping("/representatives/{id}/points-by-quarter")
	@PreAuthorize(PointsPages.READERS)
	@Operation(summary = "A representative's points of a cycle (default: this year) by quarter and category "
			+ "{representativeId, name, year, quarters: [{quarter, byCategory, adjustments, total}], total}; for "
			+ "those who may read the representative (a representative: their own)")
	PointsStatistics.RepresentativeQuarters representative(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @Parameter(description = "The cycle (default: this year); out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year) {
		return statistics.ofRepresentative(user, id, year);
	}
}
