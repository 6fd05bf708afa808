package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Appeals as they are read. One appeal, for those who may read it ({@link AppealPolicy#reads}),
 * with the records it created: the constituent in full for its handlers — every such view audited
 * ({@link AppealPersonalDataViewed}), which is why reads run in a transaction that may write — and
 * masked for the others. Lists are masked for everybody (open one appeal to see whom it is
 * about); an export shows in full what the exporting user handles, audited. Who lists which
 * appeals: the office and the evaluation group all of the district, staff their workstation's, a
 * representative those they proxy and those waiting for a proxy at their workstations.
 */
@Service
@Transactional
public class AppealQueries {

	/** The most rows an export holds. */
	public static final int EXPORT_MAX = 10_000;

	static final String UNRESOLVED = "status in ('RECEIVED', 'PROXIED', 'ASSIGNED')";

	static final String FLAGGED = UNRESOLVED
			+ " and ((due_on is not null and due_on < :today) or received_on < :cutoff)";

	private final AppealAccess access;

	private final AppealRepository appeals;

	private final Workstations workstations;

	private final Representatives representatives;

	private final SourcedRecords records;

	private final CaseworkProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	AppealQueries(AppealAccess access, AppealRepository appeals, Workstations workstations,
			Representatives representatives, SourcedRecords records, CaseworkProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.access = access;
		this.appeals = appeals;
		this.workstations = workstations;
		this.representatives = representatives;
		this.records = records;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** One appeal with its records, if the user reads it (404 unknown, 403 not theirs); full views audited. */
	public AppealView get(CurrentUser user, long id) {
		Appeal appeal = access.load(user, id);
		AppealPolicy policy = access.policy(user, appeal);
		AppealPolicy.require(policy.reads(appeal.status()));
		boolean full = policy.seesPersonalData();
		if (full && appeal.constituent().isPresent()) {
			events.publishEvent(new AppealPersonalDataViewed(List.of(appeal.id()), false));
		}
		LocalDate today = access.today(user.districtId());
		return new AppealView(appeal, full ? appeal.constituent() : appeal.constituent().masked(), full,
				workstations.find(appeal.workstationId()).map(Workstation::name).orElse(""),
				access.nameOf(appeal.proxyRepresentativeId().orElse(null)),
				appeal.flags(today, properties.unresolvedDays()), policy.actions(appeal),
				records.ofSource(user.districtId(), RecordSource.appeal(appeal.id())));
	}

	/** A page of the appeals the user reads, newest received first, the constituents masked. */
	@Transactional(readOnly = true)
	public PageResult<AppealView> list(CurrentUser user, AppealFilter filter, PageQuery page) {
		LocalDate today = access.today(user.districtId());
		PageResult<Long> ids = scoped(user, filter, today).ids(jdbc, "id", "received_on desc, id desc", page);
		List<AppealView> items = views(user, PagedQuery.inOrder(ids.items(), appeals::findAllById, Appeal::id),
				today, Set.of());
		return page.result(items, ids.total());
	}

	/**
	 * The appeals the user reads, as an export holds them (at most {@link #EXPORT_MAX}): the
	 * constituent in full where the user handles the appeal, masked otherwise; audited.
	 */
	public List<AppealView> export(CurrentUser user, AppealFilter filter) {
		LocalDate today = access.today(user.districtId());
		List<Long> ids = scoped(user, filter, today).ids(jdbc, "id", "received_on desc, id desc",
				new PageQuery(0, EXPORT_MAX)).items();
		List<Appeal> found = PagedQuery.inOrder(ids, appeals::findAllById, Appeal::id);
		var handled = new java.util.HashSet<Long>();
		for (Appeal a : found) {
			if (access.policy(user, a).seesPersonalData()) {
				handled.add(a.id());
			}
		}
		if (!handled.isEmpty()) {
			events.publishEvent(new AppealPersonalDataViewed(found.stream().map(Appeal::id)
				.filter(handled::contains).toList(), true));
		}
		return views(user, found, today, handled);
	}

	/** The records an appeal created (item 2, item 3), oldest first, with their points: for the answer to a step. */
	@Transactional(readOnly = true)
	public List<cn.lvzhi.activities.ActivityView> recordsOf(Appeal appeal) {
		return records.ofSource(appeal.districtId(), RecordSource.appeal(appeal.id()));
	}

	/** How many of the appeals the user reads are flagged today (the home page's count). */
	@Transactional(readOnly = true)
	public long flagged(CurrentUser user) {
		return scoped(user, new AppealFilter(null, null, true), access.today(user.districtId())).count(jdbc);
	}

	/** Today in the user's district: the latest day an appeal may have been received. */
	@Transactional(readOnly = true)
	public LocalDate today(CurrentUser user) {
		return access.today(user.districtId());
	}

	private List<AppealView> views(CurrentUser user, List<Appeal> found, LocalDate today, Set<Long> unmasked) {
		Map<Long, String> names = new HashMap<>();
		workstations.inDisplayOrder(user.districtId()).forEach(w -> names.put(w.id(), w.name()));
		var proxies = new HashMap<Long, String>();
		var views = new ArrayList<AppealView>();
		for (Appeal a : found) {
			boolean full = unmasked.contains(a.id());
			String proxy = a.proxyRepresentativeId().map(p -> proxies.computeIfAbsent(p, access::nameOf)).orElse(null);
			views.add(new AppealView(a, full ? a.constituent() : a.constituent().masked(), full,
					names.getOrDefault(a.workstationId(), ""), proxy, a.flags(today, properties.unresolvedDays()),
					Set.of(), List.of()));
		}
		return views;
	}

	/** The appeals the user reads, filtered; 403 for a user who reads none. */
	private PagedQuery scoped(CurrentUser user, AppealFilter filter, LocalDate today) {
		PagedQuery query = PagedQuery.from("appeal").where("district_id = :district", "district", user.districtId());
		if (!AppealPolicy.readsAll(user)) {
			var scopes = new ArrayList<String>();
			if (user.has(Role.WORKSTATION_STAFF) && user.workstationId().isPresent()) {
				scopes.add("workstation_id = :own_workstation");
				query.param("own_workstation", user.workstationId().get());
			}
			if (user.has(Role.REPRESENTATIVE) && user.representativeId().isPresent()) {
				long own = user.representativeId().get();
				scopes.add("proxy_representative_id = :own_representative");
				query.param("own_representative", own);
				List<Long> attached = attachedWorkstations(user, own);
				if (!attached.isEmpty()) {
					scopes.add("status = 'RECEIVED' and workstation_id in (:attached)");
					query.param("attached", attached);
				}
			}
			if (scopes.isEmpty()) {
				throw new Problem.Forbidden("casework.problem.not-yours");
			}
			query.where("(" + String.join(") or (", scopes) + ")");
		}
		query.whereGiven(filter.status() == null ? null : filter.status().name(), "status = :status", "status")
			.whereGiven(filter.workstationId(), "workstation_id = :workstation", "workstation")
			.whereGiven(filter.proxyRepresentativeId(), "proxy_representative_id = :proxy", "proxy");
		if (filter.overdue() != null) {
			query.where(filter.overdue() ? FLAGGED : "not (" + FLAGGED + ")")
				.param("today", today)
				.param("cutoff", today.minusDays(properties.unresolvedDays()));
		}
		return query;
	}

	private List<Long> attachedWorkstations(CurrentUser user, long representativeId) {
		return representatives.find(representativeId)
			.filter(r -> r.districtId() == user.districtId())
			.map(AppealQueries::workstationsOf)
			.orElse(List.of());
	}

	private static List<Long> workstationsOf(Representative r) {
		var ids = new ArrayList<Long>();
		ids.add(r.communityWorkstationId());
		r.industryWorkstationId().ifPresent(ids::add);
		return ids;
	}
}
