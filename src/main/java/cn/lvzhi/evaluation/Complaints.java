package cn.lvzhi.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeFilter;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.shared.Role;

/**
 * Questions and complaints (疑问投诉) from anyone, also without an account (then in the
 * deployment's default district, at most {@link EvaluationProperties#feedbackPerHour()} an hour
 * from one client address, counted in the database). The complainant gets a receipt code to look
 * the answer up with. The evaluation group reads and decides them; a complainant's contact is
 * personal data, shown in full only to the group (and each such view is audited), masked to
 * everybody else.
 */
@Service
@Transactional
public class Complaints {

	/** How many representatives the public form offers for a name searched. */
	public static final int CHOICES_MAX = 20;

	private final ComplaintRepository complaints;

	private final Representatives representatives;

	private final Workstations workstations;

	private final Districts districts;

	private final Amendments amendments;

	private final EvaluationProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Complaints(ComplaintRepository complaints, Representatives representatives, Workstations workstations,
			Districts districts, Amendments amendments, EvaluationProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.complaints = complaints;
		this.representatives = representatives;
		this.workstations = workstations;
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
			Optional<Long> about = representativeOfRecord(district, activityId);
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
		Reviews.requireGroup(user);
		Complaint complaint = load(user.districtId(), id);
		ConflictOfInterest.check(user, complaint.representativeId().orElse(null),
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

	/** A complaint, for the evaluation group (its contact in full: audited). */
	public Complaint get(CurrentUser user, long id) {
		Reviews.requireGroup(user);
		Complaint complaint = load(user.districtId(), id);
		contactsShown(user, List.of(complaint));
		return complaint;
	}

	/** A page of the district's complaints, newest first, for the evaluation group (contacts audited). */
	public PageResult<Complaint> list(CurrentUser user, CaseStatus status, PageQuery page) {
		Reviews.requireGroup(user);
		var where = new StringBuilder(" from complaint where district_id = :district");
		Map<String, Object> params = new HashMap<>();
		params.put("district", user.districtId());
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status.name());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		params.put("size", page.size());
		params.put("offset", page.offset());
		List<Long> ids = jdbc.sql("select id" + where + " order by submitted_at desc, id desc limit :size offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		List<Complaint> items = load(ids);
		contactsShown(user, items);
		return page.result(items, total);
	}

	/** The complaint of a receipt code, for the complainant without an account; empty for an unknown code. */
	@Transactional(readOnly = true)
	public Optional<Complaint> byReceipt(String code) {
		String hash = ReceiptCodes.hash(code);
		if (hash == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from complaint where receipt_hash = ?")
			.param(hash)
			.query(Long.class)
			.optional()
			.flatMap(complaints::findById);
	}

	/** Every open complaint of the district, oldest first (the inbox). */
	@Transactional(readOnly = true)
	List<Complaint> open(long districtId) {
		return load(jdbc
			.sql("select id from complaint where district_id = ? and status = 'OPEN' order by submitted_at, id")
			.param(districtId)
			.query(Long.class)
			.list());
	}

	/**
	 * The contact as this user may see it: in full for the evaluation group, masked otherwise —
	 * also for a member the complaint is about, who does not handle it ({@link ConflictOfInterest}).
	 */
	public static String contactFor(CurrentUser user, Complaint complaint) {
		String contact = complaint.contact().orElse(null);
		return showsContactInFull(user, complaint) ? contact : Masking.phone(contact);
	}

	private static boolean showsContactInFull(CurrentUser user, Complaint complaint) {
		return user != null && user.has(Role.EVALUATION_GROUP)
				&& !ConflictOfInterest.concerns(user, complaint.representativeId().orElse(null));
	}

	/** A representative the public form offers: the name and community workstation, nothing personal. */
	public record Choice(long id, String name, String workstationName) {
	}

	/**
	 * The representatives of the default district whose name contains {@code name} (at most
	 * {@value #CHOICES_MAX}), for the public form; none for an empty search.
	 */
	@Transactional(readOnly = true)
	public List<Choice> choices(String name) {
		String q = clean(name);
		if (q == null) {
			return List.of();
		}
		long district = districts.defaultDistrict().id();
		PageResult<Representative> found = representatives
			.list(new RepresentativeFilter(district, null, null, q, null), new PageQuery(0, CHOICES_MAX));
		return found.items()
			.stream()
			.map(r -> new Choice(r.id(), r.name(),
					workstations.find(r.communityWorkstationId()).map(Workstation::name).orElse("")))
			.toList();
	}

	/** The name of a representative of the default district, for the public pages. */
	@Transactional(readOnly = true)
	public Optional<Choice> choice(long representativeId) {
		long district = districts.defaultDistrict().id();
		return representatives.find(representativeId)
			.filter(r -> r.districtId() == district)
			.map(r -> new Choice(r.id(), r.name(),
					workstations.find(r.communityWorkstationId()).map(Workstation::name).orElse("")));
	}

	private void contactsShown(CurrentUser user, List<Complaint> shown) {
		List<Long> ids = shown.stream()
			.filter(c -> c.contact().isPresent() && showsContactInFull(user, c))
			.map(Complaint::id)
			.toList();
		if (!ids.isEmpty()) {
			events.publishEvent(new ComplaintContactViewed(ids));
		}
	}

	/**
	 * The representative of a record of the district. Read from the activity table: the
	 * activities module offers records only to users who may read them, and a complainant
	 * without an account reads none.
	 */
	private Optional<Long> representativeOfRecord(long districtId, long activityId) {
		return jdbc.sql("select representative_id from activity where id = ? and district_id = ?")
			.params(activityId, districtId)
			.query(Long.class)
			.optional();
	}

	private Complaint load(long districtId, long id) {
		return complaints.findById(id)
			.filter(c -> c.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("evaluation.problem.complaint-not-found", id));
	}

	private List<Complaint> load(List<Long> ids) {
		Map<Long, Complaint> byId = new HashMap<>();
		complaints.findAllById(ids).forEach(c -> byId.put(c.id(), c));
		return ids.stream().map(byId::get).toList();
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
