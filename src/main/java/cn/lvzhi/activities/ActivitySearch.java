package cn.lvzhi.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Lists of activity records (the API's list, the queues, the verification page, the
 * representative's summary): the records a user may see, filtered and a page at a time, as
 * {@link ActivityView}s.
 */
@Service
@Transactional(readOnly = true)
public class ActivitySearch {

	private final JdbcClient jdbc;

	private final ActivityRepository records;

	private final ActivityViews views;

	ActivitySearch(JdbcClient jdbc, ActivityRepository records, ActivityViews views) {
		this.jdbc = jdbc;
		this.records = records;
		this.views = views;
	}

	/** A record of the page: its id, and its representative's id and name. */
	private record Row(long id, long representativeId, String name) {
	}

	/**
	 * A page of the records the user may see (a representative their own, staff their
	 * workstation's, the office and the evaluation group all of the district), newest day first.
	 * @throws Problem.Forbidden when asking for another representative's or workstation's records
	 * than one's own, or when the user's roles read no records at all
	 */
	public PageResult<ActivityView> search(CurrentUser user, ActivityQuery query, PageQuery page) {
		PagedQuery rows = PagedQuery.from("activity a join representative r on r.id = a.representative_id")
			.where("a.district_id = :district", "district", user.districtId());
		if (!user.readsWholeDistrict()) {
			scope(user, query, rows);
		}
		rows.whereGiven(query.representativeId(), "a.representative_id = :representative", "representative")
			.whereGiven(query.workstationId(), "r.community_workstation_id = :ws or r.industry_workstation_id = :ws",
					"ws")
			.whereGiven(query.status() == null ? null : query.status().name(), "a.status = :status", "status");
		if (query.year() != null) {
			if (!CycleCalendar.isCycleYear(query.year())) {
				throw Problem.Invalid.field("year", "validation.year");
			}
			rows.where("a.occurred_on between :year_start and :year_end")
				.param("year_start", LocalDate.of(query.year(), 1, 1))
				.param("year_end", LocalDate.of(query.year(), 12, 31));
		}
		rows.whereGiven(query.itemCode(), "a.item_code = :item", "item")
			.whereGiven(query.from(), "a.occurred_on >= :from", "from")
			.whereGiven(query.to(), "a.occurred_on <= :to", "to");
		PageResult<Row> found = rows.page(jdbc, "a.id, a.representative_id, r.name", "a.occurred_on desc, a.id desc",
				page, (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)));
		var names = new HashMap<Long, String>();
		found.items().forEach(row -> names.put(row.representativeId(), row.name()));
		List<Long> ids = found.items().stream().map(Row::id).toList();
		List<ActivityRecord> list = PagedQuery.inOrder(ids, records::findAllById, ActivityRecord::id);
		return page.result(views.of(list, names), found.total());
	}

	/**
	 * Narrows the rows to those of a user who is neither the office nor the evaluation group:
	 * workstation staff their workstation's representatives, a representative themself.
	 */
	private static void scope(CurrentUser user, ActivityQuery query, PagedQuery rows) {
		Optional<Long> workstation = user.has(Role.WORKSTATION_STAFF) ? user.workstationId() : Optional.empty();
		Optional<Long> self = user.has(Role.REPRESENTATIVE) ? user.representativeId() : Optional.empty();
		if (workstation.isEmpty() && self.isEmpty()) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		if (query.workstationId() != null && !workstation.map(query.workstationId()::equals).orElse(false)) {
			throw new Problem.Forbidden("activities.problem.not-yours");
		}
		if (query.representativeId() != null && workstation.isEmpty()
				&& !self.map(query.representativeId()::equals).orElse(false)) {
			throw new Problem.Forbidden("activities.problem.not-yours");
		}
		var scope = new ArrayList<String>();
		workstation.ifPresent(ws -> {
			scope.add("r.community_workstation_id = :own_ws or r.industry_workstation_id = :own_ws");
			rows.param("own_ws", ws);
		});
		self.ifPresent(me -> {
			scope.add("a.representative_id = :self");
			rows.param("self", me);
		});
		rows.where(String.join(" or ", scope));
	}
}
