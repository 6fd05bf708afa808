package cn.lvzhi.casework.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalDocument;
import cn.lvzhi.casework.ProposalDocuments;
import cn.lvzhi.casework.ProposalFilter;
import cn.lvzhi.casework.ProposalKind;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.ProposalStatus;
import cn.lvzhi.casework.Proposals;
import cn.lvzhi.casework.ProposalUnit;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Proposals (API.md "Casework", docs/CASEWORK.md "Proposals"): drafted by a representative (or
 * registered from paper by the office), co-signed, submitted with their points records, assigned
 * to handling units, answered, evaluated by the lead, or withdrawn. Every step answers the whole
 * proposal as it now stands.
 */
@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals", description = "提议 / 提案: draft, co-sign, submit (records of items 7, 8, 9), assign, answer, evaluate")
class ProposalApi {

	static final String READERS = "hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE','EVALUATION_GROUP')";

	static final String YEAR = "The year submitted (a draft: drafted); out of range: 422";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Proposals proposals;

	private final ProposalQueries queries;

	private final ProposalDocuments documents;

	private final Districts districts;

	private final MessageSource messages;

	ProposalApi(Proposals proposals, ProposalQueries queries, ProposalDocuments documents, Districts districts,
			MessageSource messages) {
		this.proposals = proposals;
		this.queries = queries;
		this.documents = documents;
		this.districts = districts;
		this.messages = messages;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	@Operation(summary = "Draft a proposal {kind: SUGGESTION|MOTION, title, content, leadRepresentativeId, "
			+ "cosignerIds?} (a representative as its lead; the OFFICE for any lead, registering one filed on paper, "
			+ "with confirmedCosignerIds?: the co-signatures on the paper): 201 {id, status: DRAFT, ...}; "
			+ "co-signers only on a motion, never the lead, none twice, each serving: 422 naming the field")
	ResponseEntity<ProposalJson.Detail> draft(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ProposalRequests.Draft body) {
		Proposal proposal = proposals.draft(user, body.draft());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal.id())).body(detail(user, proposal));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One proposal with its co-signers (and who confirmed), handling units, responses, history, "
			+ "the records it created (status, points) and its documents (the lead, co-signers, staff of the lead's "
			+ "workstation, OFFICE, EVALUATION_GROUP)")
	ProposalJson.Detail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return ProposalJson.Detail.of(queries.view(user, id), zone(user));
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Proposals the user reads, newest first, paged: year (submitted, or drafted while a draft), "
			+ "unit (a handling unit's name contains it), status, kind, representativeId (lead or co-signer)")
	PageResult<ProposalJson.Item> list(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String unit, @RequestParam(required = false) ProposalStatus status,
			@RequestParam(required = false) ProposalKind kind, @RequestParam(required = false) Long representativeId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var filter = new ProposalFilter(year, unit, status, kind, representativeId);
		PageResult<Proposal> result = queries.list(user, filter, PageQuery.of(page, size));
		Map<Long, String> names = queries.names(user);
		return result.map(p -> ProposalJson.Item.of(p, names));
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	@Operation(summary = "The same list (same filters, no paging) as an .xlsx workbook (OFFICE, EVALUATION_GROUP); audited")
	void export(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String unit, @RequestParam(required = false) ProposalStatus status,
			@RequestParam(required = false) ProposalKind kind, @RequestParam(required = false) Long representativeId,
			HttpServletResponse response) throws IOException {
		List<Proposal> rows = queries.export(user, new ProposalFilter(year, unit, status, kind, representativeId));
		var locale = LocaleContextHolder.getLocale();
		String name = messages.getMessage("casework.proposal.export.file-name", null, locale)
				+ (year == null ? "" : "-" + year) + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		ProposalWorkbook.write(rows, queries.names(user), zone(user), messages, locale, response.getOutputStream());
	}

	@PostMapping("/{id}/cosigners/{representativeId}/confirm")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	@Operation(summary = "Confirm one's co-signature of a draft motion (that representative only): 200; 409 after "
			+ "submission; confirming again changes nothing (200)")
	ProposalJson.Detail confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long representativeId) {
		return detail(user, proposals.confirm(user, id, representativeId));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	@Operation(summary = "Submit a draft (the lead, or OFFICE): SUBMITTED, with the records (RECORDED, dated today): "
			+ "item 7 for the lead of a suggestion; item 8 for the lead of a motion and item 9 for each co-signer who "
			+ "confirmed; all or nothing (422 naming a representative who is not serving)")
	ProposalJson.Detail submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return detail(user, proposals.submit(user, id));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Assign a submitted proposal to handling units {handlingUnits: [{name, role: LEAD|ASSISTING}]} "
			+ "(OFFICE): ASSIGNED; exactly one LEAD unit (主办), the others ASSISTING (协办)")
	ProposalJson.Detail assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ProposalRequests.Assignment body) {
		List<ProposalUnit.Input> units = body.handlingUnits() == null ? null
				: body.handlingUnits().stream().map(u -> u == null ? null : new ProposalUnit.Input(u.name(), u.role())).toList();
		return detail(user, proposals.assign(user, id, units));
	}

	@PostMapping("/{id}/responses")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Record a handling unit's response {handlingUnit, content} (OFFICE): 201; the lead unit's "
			+ "response makes the proposal ANSWERED; one response per unit (409)")
	ResponseEntity<ProposalJson.Detail> respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ProposalRequests.Reply body) {
		Proposal proposal = proposals.reply(user, id, body.handlingUnit(), body.content());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + id)).body(detail(user, proposal));
	}

	@PostMapping("/{id}/evaluation")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	@Operation(summary = "The lead evaluates the answered proposal {satisfaction: SATISFIED|BASICALLY_SATISFIED|"
			+ "DISSATISFIED} (满意 / 基本满意 / 不满意): EVALUATED")
	ProposalJson.Detail evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ProposalRequests.Evaluation body) {
		return detail(user, proposals.evaluate(user, id, body.satisfaction()));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','OFFICE')")
	@Operation(summary = "Withdraw {reason}: the lead a draft, the OFFICE any proposal (declared invalid): WITHDRAWN; "
			+ "its records are withdrawn in the same transaction (verified: revoked, points reversed; else rejected)")
	ProposalJson.Detail withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ProposalRequests.Withdrawal body) {
		return detail(user, proposals.withdraw(user, id, body.reason()));
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Attach the document of a proposal filed on paper (multipart 'file'; OFFICE): a PDF scan or "
			+ "a JPEG/PNG photo judged by its content; 413 over the limit, 415 another type, 422 empty")
	ResponseEntity<ProposalJson.Document> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart("file") MultipartFile file) {
		ProposalDocument document = documents.attach(user, id, file.getOriginalFilename(), file.getSize(), file);
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/documents/" + document.id()))
			.body(ProposalJson.Document.of(document, zone(user)));
	}

	@GetMapping("/{id}/documents/{documentId}")
	@ApiResponse(responseCode = "200", description = "The document, with the type detected from its content",
			content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@PreAuthorize(READERS)
	@Operation(summary = "Download a document of a proposal (whoever reads the proposal); audited")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long documentId) {
		var download = documents.download(user, id, documentId);
		ProposalDocument document = download.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.empty().cachePrivate())
			.body(download.content());
	}

	private ProposalJson.Detail detail(CurrentUser user, Proposal proposal) {
		return ProposalJson.Detail.of(queries.view(user, proposal), zone(user));
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}
}
