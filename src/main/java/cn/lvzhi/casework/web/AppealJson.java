package cn.lvzhi.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealFlag;
import cn.lvzhi.casework.AppealFollowUp;
import cn.lvzhi.casework.AppealHistory;
import cn.lvzhi.casework.AppealRouting;
import cn.lvzhi.casework.AppealView;

/** The JSON of appeals: one in full, a row of the list, the state after a step, a follow-up, a record. */
final class AppealJson {

	private AppealJson() {
	}

	/**
	 * {@code GET /api/v1/appeals/{id}}: API.md's {@code {id, status, constituentName,
	 * constituentPhone, ..., followUps, history}}, the constituent masked unless the caller handles
	 * the appeal ({@code personalDataMasked}), and as extensions its flags and the records it
	 * created with their status and points.
	 */
	record AppealDetailJson(long id, String status, long workstationId, String workstationName, String constituentName,
			@Nullable String constituentPhone, @Nullable String constituentAddress, boolean personalDataMasked,
			String content, @Nullable String category, @Nullable String subject, String channel, LocalDate receivedOn,
			@Nullable Long proxyRepresentativeId, @Nullable String proxyRepresentativeName,
			@Nullable String handlingUnit, @Nullable String handlingUnitKind, @Nullable LocalDate dueOn,
			@Nullable String resolution, @Nullable String satisfaction, @Nullable String ratedThrough, boolean reopened,
			List<String> flags, String registeredBy, OffsetDateTime registeredAt, int version,
			List<AppealFollowUpJson> followUps, List<AppealHistoryJson> history, List<AppealRecordJson> records) {

		static AppealDetailJson of(AppealView v, ZoneId zone) {
			Appeal a = v.appeal();
			return new AppealDetailJson(a.id(), a.status().name(), a.workstationId(), v.workstationName(),
					v.constituent().name(), v.constituent().phone(), v.constituent().address(), !v.personalDataShown(),
					a.content(), a.category().orElse(null), a.subject().orElse(null), a.channel().name(),
					a.receivedOn(), a.proxyRepresentativeId().orElse(null), v.proxyName(),
					a.routing().map(AppealRouting::handlingUnit).orElse(null),
					a.routing().map(AppealRouting::handlingUnitKind).map(Enum::name).orElse(null),
					a.routing().map(AppealRouting::dueOn).orElse(null), a.resolution().orElse(null),
					a.satisfaction().map(Enum::name).orElse(null), a.ratedThrough().map(Enum::name).orElse(null),
					a.reopened(), v.flags().stream().map(AppealFlag::name).toList(), a.registeredBy(),
					at(a.registeredAt(), zone), a.version(),
					a.followUps().stream().map(f -> AppealFollowUpJson.of(a.id(), f, zone)).toList(),
					a.history().stream().map(h -> AppealHistoryJson.of(h, zone)).toList(),
					v.records().stream().map(AppealRecordJson::of).toList());
		}
	}

	/** A row of {@code GET /api/v1/appeals}: the constituent always masked (open the appeal to see them). */
	record AppealRowJson(long id, String status, long workstationId, String workstationName, String constituentName,
			@Nullable String category, @Nullable String subject, String channel, LocalDate receivedOn,
			@Nullable Long proxyRepresentativeId, @Nullable String proxyRepresentativeName,
			@Nullable String handlingUnit, @Nullable LocalDate dueOn, @Nullable String satisfaction, boolean reopened,
			boolean flagged, List<String> flags) {

		static AppealRowJson of(AppealView v) {
			Appeal a = v.appeal();
			return new AppealRowJson(a.id(), a.status().name(), a.workstationId(), v.workstationName(), v.constituent().name(),
					a.category().orElse(null), a.subject().orElse(null), a.channel().name(), a.receivedOn(),
					a.proxyRepresentativeId().orElse(null), v.proxyName(),
					a.routing().map(AppealRouting::handlingUnit).orElse(null),
					a.routing().map(AppealRouting::dueOn).orElse(null), a.satisfaction().map(Enum::name).orElse(null),
					a.reopened(), !v.flags().isEmpty(), v.flags().stream().map(AppealFlag::name).toList());
		}
	}

	/**
	 * The answer to a step ({@code 201 {id, status: "RECEIVED"}} for a new appeal, the new state for
	 * the others), without personal data, with the records the appeal has created so far.
	 */
	record AppealStateJson(long id, String status, @Nullable Long proxyRepresentativeId, @Nullable String handlingUnit,
			@Nullable LocalDate dueOn, @Nullable String satisfaction, boolean reopened, int version,
			List<AppealRecordJson> records) {

		static AppealStateJson of(Appeal a, List<ActivityView> records) {
			return new AppealStateJson(a.id(), a.status().name(), a.proxyRepresentativeId().orElse(null),
					a.routing().map(AppealRouting::handlingUnit).orElse(null),
					a.routing().map(AppealRouting::dueOn).orElse(null), a.satisfaction().map(Enum::name).orElse(null),
					a.reopened(), a.version(), records.stream().map(AppealRecordJson::of).toList());
		}
	}

	record AppealFollowUpJson(long appealId, String note, String by, OffsetDateTime at) {

		static AppealFollowUpJson of(long appealId, AppealFollowUp f, ZoneId zone) {
			return new AppealFollowUpJson(appealId, f.note(), f.byUsername(), AppealJson.at(f.at(), zone));
		}
	}

	/** One step: the state reached, the step, who ({@code null}: the constituent through the link), when, a note. */
	record AppealHistoryJson(String status, String action, @Nullable String by, OffsetDateTime at, @Nullable String note) {

		static AppealHistoryJson of(AppealHistory h, ZoneId zone) {
			return new AppealHistoryJson(h.status().name(), h.action().name(), h.byUsername(), AppealJson.at(h.at(), zone), h.note());
		}
	}

	/** A record the appeal created (item 2 or 3), with its status and points so far. */
	record AppealRecordJson(long id, long representativeId, String representativeName, int itemCode, LocalDate occurredOn,
			String status, int points, @Nullable String satisfaction) {

		static AppealRecordJson of(ActivityView v) {
			ActivityRecord r = v.record();
			return new AppealRecordJson(r.id(), r.representativeId(), v.representativeName(), r.itemCode(), r.occurredOn(),
					r.status().name(), v.points(), r.satisfaction().map(Enum::name).orElse(null));
		}
	}

	/** A rating link just issued: where it opens, until when, and its QR code as SVG (shown once). */
	record RatingLinkJson(long appealId, String url, OffsetDateTime expiresAt, String qrCodeSvg) {
	}

	/** What the holder of a rating link sees: the subject and the result, nothing personal. */
	record RatingPageJson(@Nullable String subject, @Nullable String category, @Nullable String resolution,
			OffsetDateTime expiresAt) {
	}

	/** The constituent's rating, recorded. */
	record RatedJson(String status, String satisfaction) {
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}
}
