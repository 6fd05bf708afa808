package cn.lvzhi.publication.web;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

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

import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationChanges;
import cn.lvzhi.publication.PublicationQueries;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * The quarterly lists (API.md "Quarterly publications"): the office drafts (and may discard a
 * draft), the evaluation group approves, which publishes; the office and the evaluation group
 * read every list, workstation staff the published ones.
 */
@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "Quarterly publications")
class PublicationApi {

	static final String READERS = "hasAnyRole('OFFICE','EVALUATION_GROUP','WORKSTATION_STAFF')";

	private final Publications publications;

	private final PublicationQueries queries;

	private final Districts districts;

	private final PublicationFiles files;

	PublicationApi(Publications publications, PublicationQueries queries, Districts districts,
			PublicationFiles files) {
		this.publications = publications;
		this.queries = queries;
		this.districts = districts;
		this.files = files;
	}

	record DraftRequest(Integer year, Integer quarter) {
	}

	record DiscardRequest(String reason) {
	}

	@PostMapping
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Draft the list of a quarter that is over (as of its last day): 201 {id, year, quarter, "
			+ "status: DRAFT, ...}; 409 when the quarter has a draft or published list, or the previous quarter "
			+ "of the year is not published")
	ResponseEntity<PublicationResponse> draft(@AuthenticationPrincipal CurrentUser user,
			@RequestBody DraftRequest request) {
		Publication draft = publications.draft(user, request.year(), request.quarter());
		return ResponseEntity.created(URI.create("/api/v1/publications/" + draft.id()))
			.body(PublicationResponse.header(draft, zone(user)));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Approve a draft, which publishes it: {status: PUBLISHED, publishedAt}; 409 when it is not a "
			+ "draft; 403 for the user who drafted it")
	PublicationResponse approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return PublicationResponse.header(publications.approve(user, id), zone(user));
	}

	@PostMapping("/{id}/discard")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Discard a draft with {reason}, so that the quarter can be drafted again; 409 when it is "
			+ "not a draft (a published list is never discarded)")
	PublicationResponse discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DiscardRequest request) {
		return PublicationResponse.header(publications.discard(user, id, request.reason()), zone(user));
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "The lists of a year (or all), newest first, without rows: drafts and discarded ones too "
			+ "for the office and the evaluation group, published ones for workstation staff")
	PageResult<PublicationResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		ZoneId zone = zone(user);
		List<PublicationResponse> all = queries.list(user, year)
			.stream()
			.map(s -> PublicationResponse.of(s, zone))
			.toList();
		int from = (int) Math.min(paging.offset(), all.size());
		int to = Math.min(from + paging.size(), all.size());
		return paging.result(all.subList(from, to), all.size());
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "A list {id, year, quarter, status, asOf, rows: [standings row + quarterPoints]}")
	PublicationResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return PublicationResponse.of(queries.get(user, id), zone(user));
	}

	@GetMapping("/{id}/changes")
	@PreAuthorize(READERS)
	@Operation(summary = "Changes since the previous quarter's published list: new points, overall rank moves, "
			+ "who gained nothing")
	PublicationChanges changes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return queries.changes(queries.get(user, id));
	}

	@GetMapping("/{id}/export.xlsx")
	@PreAuthorize(READERS)
	@Operation(summary = "The list as an .xlsx workbook grouped by community workstation, with its hash; audited")
	void xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		Publication p = publications.export(user, id, "xlsx");
		files.xlsx(p, district(user), response);
	}

	@GetMapping("/{id}/export.pdf")
	@PreAuthorize(READERS)
	@Operation(summary = "The list as a printable PDF with its hash; audited")
	void pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		Publication p = publications.export(user, id, "pdf");
		files.pdf(p, district(user), response);
	}

	private District district(CurrentUser user) {
		return districts.of(user.districtId());
	}

	private ZoneId zone(CurrentUser user) {
		return district(user).timeZone();
	}
}
