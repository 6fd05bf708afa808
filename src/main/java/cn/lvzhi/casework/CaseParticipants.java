package cn.lvzhi.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.lvzhi.casework.CollectiveCasePolicy.Scope;
import cn.lvzhi.casework.CollectiveCasePolicy.Standing;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PagedQuery;

/**
 * Who took part in which inspection, inquiry or written opinion ({@code collective_case_participant}):
 * kept when it is entered, read for the user's {@link Standing} towards a case and for the
 * lists, whose {@link Scope} it turns into a condition.
 */
@Component
class CaseParticipants {

	private final JdbcClient jdbc;

	private final Representatives representatives;

	CaseParticipants(JdbcClient jdbc, Representatives representatives) {
		this.jdbc = jdbc;
		this.representatives = representatives;
	}

	/** Keeps the participants of a case just entered (checked already, each once). */
	void add(CollectiveCaseKind kind, long caseId, List<Long> representativeIds) {
		for (Long representative : new LinkedHashSet<>(representativeIds)) {
			jdbc.sql("insert into collective_case_participant (case_kind, case_id, representative_id) values (?, ?, ?)")
				.params(kind.name(), caseId, representative)
				.update();
		}
	}

	/** The participants of a case. */
	List<Long> of(CollectiveCaseKind kind, long caseId) {
		return jdbc.sql("select representative_id from collective_case_participant where case_kind = ? and case_id = ?"
				+ " order by representative_id")
			.params(kind.name(), caseId)
			.query(Long.class)
			.list();
	}

	/** The participants of each of the cases, by case id (for a page of a list). */
	Map<Long, List<Long>> of(CollectiveCaseKind kind, List<Long> caseIds) {
		var byCase = new HashMap<Long, List<Long>>();
		if (caseIds.isEmpty()) {
			return byCase;
		}
		List<long[]> rows = jdbc
			.sql("select case_id, representative_id from collective_case_participant where case_kind = :kind"
					+ " and case_id in (:ids) order by case_id, representative_id")
			.param("kind", kind.name())
			.param("ids", caseIds)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		rows.forEach(row -> byCase.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row[1]));
		return byCase;
	}

	/** How the user stands to the case of these participants. */
	Standing standing(CurrentUser user, List<Long> participantIds) {
		boolean staff = user.workstationId().isPresent() && participantIds.stream()
			.map(representatives::find)
			.flatMap(Optional::stream)
			.anyMatch(r -> r.hasStaff(user));
		return Standing.of(user, participantIds, staff);
	}

	/**
	 * Narrows a list of cases ({@code c}, the kind's table) to those the user may list: all of the
	 * district, or those with a participant of the user's workstation or the user themself.
	 */
	PagedQuery scope(PagedQuery query, CurrentUser user, CollectiveCaseKind kind) {
		query.where("c.district_id = :district", "district", user.districtId());
		Scope scope = CollectiveCasePolicy.listed(user);
		if (scope.wholeDistrict()) {
			return query;
		}
		Set<Long> visible = new HashSet<>();
		scope.workstationId()
			.ifPresent(ws -> representatives.ofWorkstation(ws).stream().map(Representative::id).forEach(visible::add));
		scope.representativeId().ifPresent(visible::add);
		if (visible.isEmpty()) {
			return query.where("1 = 0");
		}
		return query.where("exists (select 1 from collective_case_participant p where p.case_kind = :kind"
				+ " and p.case_id = c.id and p.representative_id in (:visible))")
			.param("kind", kind.name())
			.param("visible", visible);
	}
}
