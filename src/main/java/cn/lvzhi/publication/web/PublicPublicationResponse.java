package cn.lvzhi.publication.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationRow;
import cn.lvzhi.publication.PublicationSummary;
import cn.lvzhi.standard.Category;

/**
 * A published list as the public sees it: the district, the quarter, when it was published, its
 * content hash and rows with a representative's name, community workstation, points and ranks —
 * no id of a person, no phone, no other personal data.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
record PublicPublicationResponse(long id, String district, int year, int quarter, LocalDate asOf,
		OffsetDateTime publishedAt, String contentHash, Integer rowCount, List<Row> rows) {

	record Row(String name, String workstationName, int total, Map<Category, Integer> byCategory, int adjustments,
			int quarterPoints, int rankInWorkstation, int rankOverall) {

		static Row of(PublicationRow r) {
			return new Row(r.name(), r.workstationName(), r.total(), PublicationResponse.categories(r), r.adjustments(),
					r.quarterPoints(), r.rankInWorkstation(), r.rankOverall());
		}
	}

	static PublicPublicationResponse of(Publication p, String district, ZoneId zone) {
		return new PublicPublicationResponse(p.id(), district, p.year(), p.quarter(), p.asOf(),
				PublicationResponse.at(p.publishedAt().orElseThrow(), zone), p.contentHash(), p.rows().size(),
				p.rows().stream().map(Row::of).toList());
	}

	static PublicPublicationResponse of(PublicationSummary s, String district, ZoneId zone) {
		return new PublicPublicationResponse(s.id(), district, s.year(), s.quarter(), s.asOf(),
				PublicationResponse.at(s.publishedAt(), zone), s.contentHash(), s.rowCount(), null);
	}
}
