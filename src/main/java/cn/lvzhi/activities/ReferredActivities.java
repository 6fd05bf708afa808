package cn.lvzhi.activities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;

/**
 * The records the office referred to the evaluation group (DOMAIN.md 12) and the group has not
 * decided yet, oldest referral first, each with its referral: who referred it, when and why. The
 * evaluation group's inbox lists them; the group decides each on the record's page.
 */
@Service
@Transactional(readOnly = true)
public class ReferredActivities {

	private final JdbcClient jdbc;

	private final ActivityRepository records;

	private final ActivityViews views;

	private final Representatives representatives;

	ReferredActivities(JdbcClient jdbc, ActivityRepository records, ActivityViews views,
			Representatives representatives) {
		this.jdbc = jdbc;
		this.records = records;
		this.views = views;
		this.representatives = representatives;
	}

	/** A record waiting for the evaluation group, and the step of its history that referred it. */
	public record ReferredActivity(ActivityView view, ActivityHistory referral) {
	}

	/**
	 * A page of the district's referred records, oldest referral first (a referral is the last
	 * change of a referred record).
	 * @throws Problem.Forbidden for a user who does not read the whole district (the office and
	 * the evaluation group do)
	 */
	public PageResult<ReferredActivity> waiting(CurrentUser user, PageQuery page) {
		if (!user.readsWholeDistrict()) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		PageResult<Long> ids = PagedQuery.from("activity")
			.where("district_id = :district", "district", user.districtId())
			.where("status = :status", "status", ActivityStatus.REFERRED.name())
			.ids(jdbc, "id", "updated_at, id", page);
		List<ActivityRecord> list = PagedQuery.inOrder(ids.items(), records::findAllById, ActivityRecord::id);
		Map<Long, String> names = new HashMap<>();
		list.forEach(r -> names.computeIfAbsent(r.representativeId(),
				id -> representatives.find(id).map(Representative::name).orElse(null)));
		List<ReferredActivity> referred = views.of(list, names)
			.stream()
			.map(view -> new ReferredActivity(view, referral(view.record())))
			.toList();
		return page.result(referred, ids.total());
	}

	/** The step that referred the record: the latest {@code REFERRED} of its history. */
	private static ActivityHistory referral(ActivityRecord record) {
		List<ActivityHistory> history = record.history();
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).status() == ActivityStatus.REFERRED) {
				return history.get(i);
			}
		}
		throw new IllegalStateException("A referred record without its referral: " + record);
	}
}
