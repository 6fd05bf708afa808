package cn.lvzhi.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;

/**
 * Complaints as they are read: one or a page of them for the evaluation group, the one of a
 * receipt code for the complainant, the open ones for the inbox. A complainant's contact is
 * shown in full only to the group, and not to a member the complaint is about; every such view
 * is audited ({@link ComplaintContactViewed}), which is why the group's reads run in a
 * transaction that may write (the audit line commits with it).
 */
@Service
@Transactional
public class ComplaintQueries {

	private final ComplaintRepository complaints;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ComplaintQueries(ComplaintRepository complaints, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.complaints = complaints;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A complaint, for the evaluation group (its contact in full: audited). */
	public Complaint get(CurrentUser user, long id) {
		CasePolicy.requireGroup(user);
		Complaint complaint = complaints.get(user.districtId(), id);
		contactsShown(user, List.of(complaint));
		return complaint;
	}

	/** A page of the district's complaints, newest first, for the evaluation group (contacts audited). */
	public PageResult<Complaint> list(CurrentUser user, CaseStatus status, PageQuery page) {
		CasePolicy.requireGroup(user);
		PageResult<Long> ids = PagedQuery.from("complaint")
			.where("district_id = :district", "district", user.districtId())
			.whereGiven(status == null ? null : status.name(), "status = :status", "status")
			.ids(jdbc, "id", "submitted_at desc, id desc", page);
		List<Complaint> items = PagedQuery.inOrder(ids.items(), complaints::findAllById, Complaint::id);
		contactsShown(user, items);
		return page.result(items, ids.total());
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
		List<Long> ids = jdbc
			.sql("select id from complaint where district_id = ? and status = 'OPEN' order by submitted_at, id")
			.param(districtId)
			.query(Long.class)
			.list();
		return PagedQuery.inOrder(ids, complaints::findAllById, Complaint::id);
	}

	/**
	 * The contact as this user may see it: in full for the evaluation group, masked otherwise —
	 * also for a member the complaint is about, who does not handle it ({@link CasePolicy#seesContact}).
	 */
	public static String contactFor(CurrentUser user, Complaint complaint) {
		String contact = complaint.contact().orElse(null);
		return CasePolicy.seesContact(user, complaint) ? contact : Masking.phone(contact);
	}

	private void contactsShown(CurrentUser user, List<Complaint> shown) {
		List<Long> ids = shown.stream()
			.filter(c -> c.contact().isPresent() && CasePolicy.seesContact(user, c))
			.map(Complaint::id)
			.toList();
		if (!ids.isEmpty()) {
			events.publishEvent(new ComplaintContactViewed(ids));
		}
	}
}
