package cn.lvzhi.ledger.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.LedgerEntry;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;

/**
 * A representative's ledger (visible to themselves, the staff of their workstation, the office
 * and the evaluation group) and the evaluation group's manual adjustments.
 */
@RestController
@Tag(name = "Points", description = "积分台账、调整与排名")
class LedgerApi {

	private final Ledger ledger;

	private final Districts districts;

	LedgerApi(Ledger ledger, Districts districts) {
		this.ledger = ledger;
		this.districts = districts;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Entry(long id, OffsetDateTime at, int points, @Nullable Integer itemCode, @Nullable Long activityId, String kind,
			@Nullable String reason, @Nullable String category, @Nullable Integer standardVersion,
			@Nullable LocalDate occurredOn, int year, String by) {

		static Entry of(LedgerEntry e, ZoneId zone) {
			return new Entry(e.id(), e.bookedAt().atZone(zone).toOffsetDateTime(), e.points(), e.itemCode(),
					e.activityId(), e.kind().name(), e.reason(), e.category() == null ? null : e.category().name(),
					e.standardVersion(), e.occurredOn(), e.cycle(), e.bookedBy());
		}
	}

	record Statement(long representativeId, String name, int year, int total, List<Entry> entries) {
	}

	record AdjustmentRequest(Long representativeId, Integer year, Integer points, String reason) {
	}

	@GetMapping("/api/v1/representatives/{id}/ledger")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE','EVALUATION_GROUP')")
	@Operation(summary = "A representative's ledger of a cycle (default: this year): total and every entry in booking "
			+ "order {at, points, itemCode, activityId?, kind, reason?, category, standardVersion, by}")
	Statement ledger(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer year) {
		Ledger.Statement statement = ledger.statement(user, id, year);
		ZoneId zone = zone(user);
		return new Statement(statement.representativeId(), statement.name(), statement.year(), statement.total(),
				statement.entries().stream().map(e -> Entry.of(e, zone)).toList());
	}

	@PostMapping("/api/v1/adjustments")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Book a manual adjustment (EVALUATION_GROUP) {representativeId, year, points (≠0, |points| ≤ "
			+ "1000), reason}; answers the ledger entry")
	ResponseEntity<Entry> adjust(@AuthenticationPrincipal CurrentUser user, @RequestBody AdjustmentRequest request) {
		LedgerEntry entry = ledger.adjust(user, request.representativeId(), request.year(), request.points(),
				request.reason());
		return ResponseEntity
			.created(URI.create("/api/v1/representatives/" + entry.representativeId() + "/ledger?year=" + entry.cycle()))
			.body(Entry.of(entry, zone(user)));
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}
}
