package cn.lvzhi.publication.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationRow;
import cn.lvzhi.publication.PublicationSummary;
import cn.lvzhi.standard.Category;

/**
 * A list as API.md shows it: {@code {id, year, quarter, status, asOf, rows}}, a row as in the
 * standings plus {@code quarterPoints}; as extensions who drafted and approved it, when, and its
 * content hash.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicationResponse(long id, int year, int quarter, String status, LocalDate asOf, String contentHash,
		String draftedBy, OffsetDateTime draftedAt, String approvedBy, OffsetDateTime publishedAt,
		String discardedBy, OffsetDateTime discardedAt, String discardReason, Integer rowCount, List<Row> rows) {

	record Row(long representativeId, String name, long workstationId, String workstationName, int total,
			Map<Category, Integer> byCategory, int adjustments, int rankInWorkstation, int rankOverall,
			int quarterPoints) {

		static Row of(PublicationRow r) {
			return new Row(r.representativeId(), r.name(), r.workstationId(), r.workstationName(), r.total(),
					categories(r), r.adjustments(), r.rankInWorkstation(), r.rankOverall(), r.quarterPoints());
		}
	}

	static Map<Category, Integer> categories(PublicationRow r) {
		var map = new EnumMap<Category, Integer>(Category.class);
		for (Category c : Category.values()) {
			map.put(c, r.points(c));
		}
		return map;
	}

	static PublicationResponse of(Publication p, ZoneId zone) {
		return new PublicationResponse(p.id(), p.year(), p.quarter(), p.status().name(), p.asOf(), p.contentHash(),
				p.draftedBy(), at(p.draftedAt(), zone), p.approvedBy().orElse(null),
				p.publishedAt().map(i -> at(i, zone)).orElse(null), p.discardedBy().orElse(null),
				p.discardedAt().map(i -> at(i, zone)).orElse(null), p.discardReason().orElse(null), p.rows().size(),
				p.rows().stream().map(Row::of).toList());
	}

	/** Without the rows: what a create or a transition answers, and what lists show. */
	static PublicationResponse header(Publication p, ZoneId zone) {
		PublicationResponse full = of(p, zone);
		return new PublicationResponse(full.id, full.year, full.quarter, full.status, full.asOf, full.contentHash,
				full.draftedBy, full.draftedAt, full.approvedBy, full.publishedAt, full.discardedBy, full.discardedAt,
				full.discardReason, full.rowCount, null);
	}

	static PublicationResponse of(PublicationSummary s, ZoneId zone) {
		return new PublicationResponse(s.id(), s.year(), s.quarter(), s.status().name(), s.asOf(), s.contentHash(),
				s.draftedBy(), at(s.draftedAt(), zone), s.approvedBy(),
				s.publishedAt() == null ? null : at(s.publishedAt(), zone), null, null, null, s.rowCount(), null);
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}
}
