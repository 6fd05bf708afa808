package cn.lvzhi.publication.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationQueries;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * The published lists for everyone, without credentials: names, community workstations, points
 * and ranks only. Drafts and discarded lists are unknown here (404).
 */
@RestController
@RequestMapping("/api/v1/public/publications")
@Tag(name = "Public")
class PublicPublicationApi {

	private final Publications publications;

	private final PublicationQueries queries;

	private final Districts districts;

	private final PublicationFiles files;

	PublicPublicationApi(Publications publications, PublicationQueries queries, Districts districts,
			PublicationFiles files) {
		this.publications = publications;
		this.queries = queries;
		this.districts = districts;
		this.files = files;
	}

	@GetMapping
	@Operation(summary = "The published lists of a district (code; default: the deployment's first), of a year or "
			+ "all, newest first, without rows")
	PageResult<PublicPublicationResponse> list(@RequestParam(required = false) String district,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		District d = districts.of(queries.publicDistrict(district));
		List<PublicPublicationResponse> all = queries.published(d.id(), year)
			.stream()
			.map(s -> PublicPublicationResponse.of(s, d.name(), d.timeZone()))
			.toList();
		int from = (int) Math.min(paging.offset(), all.size());
		int to = Math.min(from + paging.size(), all.size());
		return paging.result(all.subList(from, to), all.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A published list: rows with name, community workstation, points and ranks; its hash")
	PublicPublicationResponse get(@PathVariable long id) {
		Publication p = queries.published(id);
		District d = districts.of(p.districtId());
		return PublicPublicationResponse.of(p, d.name(), d.timeZone());
	}

	@GetMapping("/{id}/export.xlsx")
	@Operation(summary = "A published list as an .xlsx workbook; recorded in the audit trail")
	void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
		Publication p = publications.exportPublished(id, "xlsx");
		files.xlsx(p, districts.of(p.districtId()), response);
	}

	@GetMapping("/{id}/export.pdf")
	@Operation(summary = "A published list as a PDF; recorded in the audit trail")
	void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
		Publication p = publications.exportPublished(id, "pdf");
		files.pdf(p, districts.of(p.districtId()), response);
	}
}
