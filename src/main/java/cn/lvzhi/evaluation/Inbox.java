package cn.lvzhi.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ReferredActivities;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * The evaluation group's inbox (待办): every open review request and complaint of the district,
 * oldest first, with its age in working days ({@link WorkingDays}: Monday to Friday, no holiday
 * calendar) counted from the day it came in, in the district's time zone; one open longer than
 * {@value #DUE_WORKING_DAYS} working days is overdue. And the records the office referred to the
 * group (DOMAIN.md 12), oldest referral first, as {@link ReferredActivities} answers them.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

	/** The working days within which the group should have decided. */
	public static final int DUE_WORKING_DAYS = 15;

	private final ReviewQueries reviews;

	private final ComplaintQueries complaints;

	private final Representatives representatives;

	private final Districts districts;

	private final ReferredActivities referred;

	private final Clock clock;

	Inbox(ReviewQueries reviews, ComplaintQueries complaints, Representatives representatives, Districts districts,
			ReferredActivities referred, Clock clock) {
		this.reviews = reviews;
		this.complaints = complaints;
		this.representatives = representatives;
		this.districts = districts;
		this.referred = referred;
		this.clock = clock;
	}

	public enum Kind {
		REVIEW, COMPLAINT
	}

	/** One open item: what it is, about whom, since when, how many working days old, and whether overdue. */
	public record Item(Kind kind, long id, Long representativeId, String representativeName, Long activityId,
			Instant receivedAt, LocalDate receivedOn, int ageWorkingDays, boolean overdue) {
	}

	/**
	 * A record referred to the group: whose, which item and day, its title, who referred it, on
	 * which day, how many working days ago, and why.
	 */
	public record Referral(long activityId, long representativeId, String representativeName, int itemCode,
			LocalDate occurredOn, String title, String referredBy, LocalDate referredOn, int ageWorkingDays,
			String reason) {
	}

	/** The first {@code page} of the records referred to the group, oldest referral first, with how many there are. */
	public PageResult<Referral> referred(CurrentUser user, PageQuery page) {
		CasePolicy.requireGroup(user);
		ZoneId zone = districts.of(user.districtId()).timeZone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		return referred.waiting(user, page).map(r -> {
			ActivityRecord record = r.view().record();
			LocalDate on = LocalDate.ofInstant(r.referral().at(), zone);
			return new Referral(record.id(), record.representativeId(), r.view().representativeName(),
					record.itemCode(), record.occurredOn(), record.title(), r.referral().byUsername(), on,
					WorkingDays.between(on, today), r.referral().reason());
		});
	}

	public List<Item> open(CurrentUser user) {
		CasePolicy.requireGroup(user);
		long district = user.districtId();
		ZoneId zone = districts.of(district).timeZone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		Map<Long, String> names = new HashMap<>();
		var items = new ArrayList<Item>();
		for (ReviewRequest r : reviews.open(district)) {
			items.add(item(Kind.REVIEW, r.id(), r.representativeId(), r.activityId(), r.requestedAt(), zone, today, names));
		}
		for (Complaint c : complaints.open(district)) {
			items.add(item(Kind.COMPLAINT, c.id(), c.representativeId().orElse(null), c.activityId().orElse(null),
					c.submittedAt(), zone, today, names));
		}
		items.sort(Comparator.comparing(Item::receivedAt).thenComparing(Item::kind).thenComparing(Item::id));
		return items;
	}

	private Item item(Kind kind, long id, Long representativeId, Long activityId, Instant at, ZoneId zone,
			LocalDate today, Map<Long, String> names) {
		LocalDate on = LocalDate.ofInstant(at, zone);
		int age = WorkingDays.between(on, today);
		String name = representativeId == null ? null : names.computeIfAbsent(representativeId,
				rid -> representatives.find(rid).map(Representative::name).orElse(null));
		return new Item(kind, id, representativeId, name, activityId, at, on, age, age > DUE_WORKING_DAYS);
	}
}
