package cn.lvzhi.casework.web;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealFilter;
import cn.lvzhi.casework.AppealFollowUp;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.casework.AppealStatus;
import cn.lvzhi.casework.Appeals;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Constituents' appeals (API.md "Casework"): registered at a workstation, proxied by a
 * representative (an item-2 record), routed, followed up, resolved, rated by the constituent (an
 * item-3 record for the proxy) in person or through a one-time link, reopened once after a
 * dissatisfied rating. Who may take which step is {@code AppealPolicy}'s; a step answers the
 * appeal's new state and the records it has created, without personal data.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@Tag(name = "Appeals", description = "群众诉求: register, proxy, assign, follow up, resolve, rate, reopen")
class AppealApi {

	static final String HANDLERS = "hasAnyRole('WORKSTATION_STAFF','REPRESENTATIVE','OFFICE')";

	static final String READERS = "hasAnyRole('WORKSTATION_STAFF','REPRESENTATIVE','OFFICE','EVALUATION_GROUP')";

	static final String RATERS = "hasAnyRole('WORKSTATION_STAFF','OFFICE')";

	private final Appeals appeals;

	private final AppealRatings ratings;

	private final AppealQueries queries;

	private final Districts districts;

	private final MessageSource messages;

	AppealApi(Appeals appeals, AppealRatings ratings, AppealQueries queries, Districts districts,
			MessageSource messages) {
		this.appeals = appeals;
		this.ratings = ratings;
		this.queries = queries;
		this.districts = districts;
		this.messages = messages;
	}

	@PostMapping
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Register an appeal {constituentName, constituentPhone?, constituentAddress?, content, "
			+ "category?, subject?, receivedOn, channel, workstationId} (staff of the workstation, a representative "
			+ "attached to it, the office): 201 {id, status: RECEIVED, ...}. subject (事由, no personal data) is an "
			+ "extension: the rating page and the records' titles show it")
	ResponseEntity<AppealJson.AppealStateJson> register(@AuthenticationPrincipal CurrentUser user,
			@RequestBody AppealRequests.AppealRegisterRequest body) {
		Appeal appeal = appeals.register(user, body.registration());
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + appeal.id())).body(state(appeal));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One appeal with its follow-ups, history and the records it created (status, points); the "
			+ "constituent's name, phone and address in full only for its handlers (its workstation's staff, its "
			+ "proxy, the office: the view is audited), masked otherwise (personalDataMasked)")
	AppealJson.AppealDetailJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return AppealJson.AppealDetailJson.of(queries.get(user, id), zone(user));
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Appeals the user reads, newest received first, paged, the constituent masked: the office "
			+ "and the evaluation group all, staff their workstation's, a representative those they proxy and those "
			+ "waiting for a proxy at their workstations. overdue=true: past due or unresolved for longer than "
			+ "lvzhi.casework.unresolved-days (60) since received; false: the others")
	PageResult<AppealJson.AppealRowJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AppealStatus status, @RequestParam(required = false) Long workstationId,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return queries.list(user, new AppealFilter(status, workstationId, overdue), query).map(AppealJson.AppealRowJson::of);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize(READERS)
	@Operation(summary = "The appeals of the list as an Excel workbook (same filters, at most 10000 rows): the "
			+ "constituent in full where the user handles the appeal (audited), masked otherwise")
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) AppealStatus status,
			@RequestParam(required = false) Long workstationId, @RequestParam(required = false) Boolean overdue,
			HttpServletResponse response) throws IOException {
		AppealWorkbook.send(queries.export(user, new AppealFilter(status, workstationId, overdue)), messages,
				queries.today(user), response);
	}

	@PostMapping("/{id}/proxy")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Take a received appeal on as proxy {representativeId} (the representative themself, or "
			+ "the workstation's staff or the office naming one serving today): PROXIED, and an item-2 record "
			+ "(RECORDED, source APPEAL) for that representative")
	AppealJson.AppealStateJson proxy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AppealRequests.AppealProxyRequest body) {
		return state(appeals.proxy(user, id, body.representativeId()));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Route a received or proxied appeal {handlingUnit, handlingUnitKind?, dueOn} (its "
			+ "handlers): ASSIGNED. handlingUnitKind (DEPARTMENT 职能部门, COMMUNITY 社区, ENTERPRISE 企业) is an extension")
	AppealJson.AppealStateJson assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AppealRequests.AppealAssignRequest body) {
		return state(appeals.assign(user, id, body.assignment()));
	}

	@PostMapping("/{id}/follow-ups")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Log a follow-up (跟踪督办) {note} on an appeal not yet resolved (its handlers): 201")
	ResponseEntity<AppealJson.AppealFollowUpJson> followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AppealRequests.AppealFollowUpRequest body) {
		AppealFollowUp followUp = appeals.followUp(user, id, body.note());
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + id))
			.body(AppealJson.AppealFollowUpJson.of(id, followUp, zone(user)));
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Write down the result {resolution} of an assigned appeal (its handlers): RESOLVED")
	AppealJson.AppealStateJson resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AppealRequests.AppealResolveRequest body) {
		return state(appeals.resolve(user, id, body.resolution()));
	}

	@PostMapping("/{id}/rating")
	@PreAuthorize(RATERS)
	@Operation(summary = "Record the constituent's rating in person {satisfaction} (the workstation's staff or the "
			+ "office, never the proxy themself): RATED, and an item-3 record for the proxy carrying it")
	AppealJson.AppealStateJson rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AppealRequests.AppealRatingRequest body) {
		return state(ratings.rate(user, id, body.satisfaction()));
	}

	@PostMapping("/{id}/rating-link")
	@PreAuthorize(RATERS)
	@Operation(summary = "Issue the constituent's one-time rating link for a resolved appeal (an extension; the "
			+ "workstation's staff or the office, not the proxy): 201 {url, expiresAt, qrCodeSvg}, shown once (only "
			+ "a hash is kept); valid lvzhi.casework.rating-link-days (30) days; replaces an unused earlier link")
	ResponseEntity<AppealJson.RatingLinkJson> ratingLink(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id) {
		AppealRatings.IssuedLink link = ratings.issueLink(user, id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/public/ratings/{token}")
			.buildAndExpand(link.token())
			.toUriString();
		return ResponseEntity.created(URI.create("/api/v1/public/ratings/" + link.token()))
			.body(new AppealJson.RatingLinkJson(id, url, AppealJson.at(link.expiresAt(), zone(user)),
					RatingQrCode.svg(url, 240)));
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	@Operation(summary = "Reopen a result the constituent was dissatisfied with {reason?} (an extension; the proxy, "
			+ "once): back to PROXIED, to be routed again; a second reopening 409")
	AppealJson.AppealStateJson reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) AppealRequests.AppealReopenRequest body) {
		return state(appeals.reopen(user, id, body == null ? null : body.reason()));
	}

	private AppealJson.AppealStateJson state(Appeal appeal) {
		return AppealJson.AppealStateJson.of(appeal, queries.recordsOf(appeal));
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}
}
