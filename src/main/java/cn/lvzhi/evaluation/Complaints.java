package cn.lvzhi.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.RecordOwners;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Questions and complaints (疑问投诉) from anyone, also without an account (then in the
 * deployment's default district, at most {@link EvaluationProperties#feedbackPerHour()} an hour
 * from one client address, counted in the database). The complainant gets a receipt code to look
 * the answer up with. The evaluation group decides them once. Reading them, and who sees a
 * complainant's contact in full, is {@link ComplaintQueries}'.
 */
@Service
@Transactional
public class Complaints {

	private final ComplaintRepository complaints;

	private final Representatives representatives;

	private final RecordOwners records;

	private final Districts districts;

	private final Amendments amendments;

	private final EvaluationProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Complaints(ComplaintRepository complaints, Representatives representatives, RecordOwners records,
			Districts districts, Amendments amendments, EvaluationProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.complaints = complaints;
		this.representatives = representatives;
		this.records = records;
		this.districts = districts;
		this.amendments = amendments;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What a complainant writes: all but the content optional. */
	public record Submission(Long representativeId, Long activityId, String contact, String content) {
	}

	/** A submitted complaint and its receipt code, which is shown once and never stored. */
	public record Submitted(Complaint complaint, String receiptCode) {
	}

	/**
	 * Submits a question or complaint. {@code user} is {@code null} for a visitor without an
	 * account, whose {@code clientAddress} is held to the hourly limit ({@link TooManySubmissions}).
	 * 422: no content, too long, a representative or record unknown in the district, a record of
	 * another representative than the one named.
	 */
	public Submitted submit(CurrentUser user, String clientAddress, Submission submission) {
		long district = user != null ? user.districtId() : districts.defaultDistrict().id();
		var now = clock.instant();
		if (user == null) {
			long recent = jdbc
				.sql("select count(*) from complaint where client_address = ? and submitted_by is null"
						+ " and submitted_at > ?")
				.params(String.valueOf(clientAddress), OffsetDateTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneOffset.UTC))
				.query(Long.class)
				.single();
			if (recent >= properties.feedbackPerHour()) {
				throw new TooManySubmissions(properties.feedbackPerHour());
			}
		}
		var violations = new ArrayList<FieldViolation>();
		String content = clean(submission.content());
		if (content == null) {
			violations.add(new FieldViolation("content", "validation.required"));
		}
		else if (content.length() > Complaint.CONTENT_MAX) {
			violations.add(new FieldViolation("content", "validation.too-long", Complaint.CONTENT_MAX));
		}
		String contact = clean(submission.contact());
		if (contact != null && contact.length() > Complaint.CONTACT_MAX) {
			violations.add(new FieldViolation("contact", "validation.too-long", Complaint.CONTACT_MAX));
		}
		Long representativeId = submission.representativeId();
		if (representativeId != null
				&& representatives.find(representativeId).filter(r -> r.districtId() == district).isEmpty()) {
			violations.add(new FieldViolation("representativeId", "evaluation.validation.representative-unknown"));
		}
		Long activityId = submission.activityId();
		if (activityId != null) {
			// activities answers whose the record is without asking who wants to know: a
			// complainant without an account may name a record they cannot read
			Optional<Long> about = records.representativeOf(district, activityId);
			if (about.isEmpty()) {
				violations.add(new FieldViolation("activityId", "evaluation.validation.record-unknown"));
			}
			else if (representativeId != null && !representativeId.equals(about.get())) {
				violations.add(new FieldViolation("activityId", "evaluation.validation.record-of-other"));
			}
			else {
				representativeId = about.get();
			}
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		String code = ReceiptCodes.next();
		Complaint complaint = complaints.save(Complaint.submit(district, representativeId, activityId, contact, content,
				ReceiptCodes.hash(code), user == null ? String.valueOf(clientAddress) : null,
				user == null ? null : user.username(), now));
		events.publishEvent(new ComplaintSubmitted(district, complaint.id(), representativeId, activityId));
		return new Submitted(complaint, code);
	}

	/**
	 * The evaluation group decides an open complaint: 404 unknown, 403 a complaint about the
	 * member themself ({@link ConflictOfInterest}, audited), 409 decided already, 422 an
	 * incomplete decision or an amendment the complaint has no record (or representative) for; a
	 * refusal of the amendment leaves it open.
	 */
	public Complaint decide(CurrentUser user, long id, Decision decision) {
		CasePolicy.requireGroup(user);
		Complaint complaint = complaints.get(user.districtId(), id);
		CasePolicy.requireNotAbout(user, complaint.representativeId().orElse(null),
				ConflictOfInterest.Decision.COMPLAINT, id, events::publishEvent);
		if (complaint.status() != CaseStatus.OPEN) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		Decision checked = decision.checked();
		amendments.carryOut(user, complaint.activityId().orElse(null), complaint.representativeId().orElse(null),
				checked);
		complaint.decide(checked, user.username(), clock.instant());
		try {
			complaint = complaints.save(complaint);
		}
		catch (ConcurrencyFailureException raced) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		events.publishEvent(new CaseDecided(complaint.districtId(), CaseDecided.COMPLAINT, complaint.id(),
				checked.outcome(), checked.amendment(), checked.reason()));
		return complaint;
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
