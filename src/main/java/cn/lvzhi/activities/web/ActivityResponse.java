package cn.lvzhi.activities.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lvzhi.activities.ActivityHistory;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityView;

/**
 * A record as API.md shows it: {@code {id, representativeId, itemCode, occurredOn, status,
 * points, history: [{status, by, at, reason?}]}} and, as extensions, the other fields, the
 * representative's name, the likely duplicates and the version (for optimistic clients).
 */
record ActivityResponse(long id, long representativeId, String representativeName, int itemCode,
		LocalDate occurredOn, String status, int points, String title, @Nullable String description, @Nullable String place,
		@Nullable BigDecimal hours, @Nullable String satisfaction, @Nullable Source source, @Nullable Long collectiveId, List<Long> possibleDuplicateOf,
		String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version, List<History> history) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record History(String status, String by, OffsetDateTime at, String reason) {

		static History of(ActivityHistory h, ZoneId zone) {
			return new History(h.status().name(), h.byUsername(), h.at().atZone(zone).toOffsetDateTime(), h.reason());
		}
	}

	record Source(String type, long id) {
	}

	static ActivityResponse of(ActivityView view, ZoneId zone) {
		ActivityRecord r = view.record();
		return new ActivityResponse(r.id(), r.representativeId(), view.representativeName(), r.itemCode(),
				r.occurredOn(), r.status().name(), view.points(), r.title(), r.details().description(),
				r.details().place(), r.details().hours(), r.satisfaction().map(Enum::name).orElse(null),
				r.source().map(s -> new Source(s.type(), s.id())).orElse(null), r.collectiveId().orElse(null),
				view.possibleDuplicateOf(), r.createdBy(), r.createdAt().atZone(zone).toOffsetDateTime(),
				r.updatedAt().atZone(zone).toOffsetDateTime(), r.version(),
				r.history().stream().map(h -> History.of(h, zone)).toList());
	}
}
