package cn.lvzhi.evaluation.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lvzhi.evaluation.Verdict;
import cn.lvzhi.evaluation.Amendment;
import cn.lvzhi.evaluation.Complaint;
import cn.lvzhi.evaluation.ComplaintQueries;
import cn.lvzhi.evaluation.ReviewRequest;
import cn.lvzhi.shared.CurrentUser;

/** The JSON of reviews and complaints; fields without a value (an open case's decision) are left out. */
final class CaseResponses {

	private CaseResponses() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AmendmentJson(String type, Integer points) {

		static AmendmentJson of(Amendment a) {
			return new AmendmentJson(a.type().name(), a.points());
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Review(long id, long activityId, long representativeId, String reason, String status, String requestedBy,
			OffsetDateTime requestedAt, String outcome, String decisionReason, AmendmentJson amendment,
			String decidedBy, OffsetDateTime decidedAt) {

		static Review of(ReviewRequest r, ZoneId zone) {
			return new Review(r.id(), r.activityId(), r.representativeId(), r.reason(), r.status().name(),
					r.requestedBy(), at(r.requestedAt(), zone), outcomeOf(r.verdict()),
					r.verdict().map(Verdict::reason).orElse(null), amendmentOf(r.verdict()),
					r.verdict().map(Verdict::decidedBy).orElse(null), decidedAtOf(r.verdict(), zone));
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ComplaintJson(long id, Long representativeId, Long activityId, String contact, String content,
			String status, String submittedBy, OffsetDateTime submittedAt, String outcome, String decisionReason,
			AmendmentJson amendment, String decidedBy, OffsetDateTime decidedAt) {

		static ComplaintJson of(Complaint c, CurrentUser user, ZoneId zone) {
			return new ComplaintJson(c.id(), c.representativeId().orElse(null), c.activityId().orElse(null),
					ComplaintQueries.contactFor(user, c), c.content(), c.status().name(), c.submittedBy().orElse(null),
					at(c.submittedAt(), zone), outcomeOf(c.verdict()),
					c.verdict().map(Verdict::reason).orElse(null), amendmentOf(c.verdict()),
					c.verdict().map(Verdict::decidedBy).orElse(null), decidedAtOf(c.verdict(), zone));
		}
	}

	/** The answer to a new complaint: its id, status and the receipt code (shown once). */
	record Submitted(long id, String status, String receiptCode, OffsetDateTime submittedAt) {
	}

	/**
	 * What the holder of a receipt code sees: the state of their complaint and the group's answer,
	 * the contact masked; nothing about anybody else.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Receipt(String status, OffsetDateTime submittedAt, String contact, String outcome, String reason,
			OffsetDateTime decidedAt) {

		static Receipt of(Complaint c, ZoneId zone) {
			return new Receipt(c.status().name(), at(c.submittedAt(), zone), ComplaintQueries.contactFor(null, c),
					outcomeOf(c.verdict()), c.verdict().map(Verdict::reason).orElse(null), decidedAtOf(c.verdict(), zone));
		}
	}

	static String outcomeOf(Optional<Verdict> verdict) {
		return verdict.map(v -> v.outcome().name()).orElse(null);
	}

	static AmendmentJson amendmentOf(Optional<Verdict> verdict) {
		return verdict.flatMap(Verdict::amendment).map(AmendmentJson::of).orElse(null);
	}

	static OffsetDateTime decidedAtOf(Optional<Verdict> verdict, ZoneId zone) {
		return verdict.map(v -> at(v.decidedAt(), zone)).orElse(null);
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}
}
