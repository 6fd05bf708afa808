package cn.lvzhi.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;

/**
 * The read side of the representatives: one by id, the pages and lists of a district (filtered,
 * in the order of their community workstations), those of a workstation; who may read which is
 * {@link RepresentativePolicy}'s to say.
 * What is shown to a user ({@link #shownTo(CurrentUser, long)},
 * {@link #shownTo(CurrentUser, RepresentativeFilter, PageQuery)}) is audited here when it shows
 * phone numbers in full, so that no page or API can forget it. {@link Representatives} holds the
 * commands.
 */
@Service
@Transactional(readOnly = true)
public class RepresentativeQueries {

	private final RepresentativeRepository representatives;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RepresentativeQueries(RepresentativeRepository representatives, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.representatives = representatives;
		this.jdbc = jdbc;
		this.events = events;
	}

	public Optional<Representative> find(long id) {
		return representatives.findById(id);
	}

	/** The representative of this district, or 404. */
	public Representative get(long districtId, long id) {
		return representatives.findById(id)
			.filter(r -> r.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("roster.problem.representative-not-found", id));
	}

	/** The representatives attached to a workstation (community or industry), serving or not, by name. */
	public List<Representative> ofWorkstation(long workstationId) {
		List<Long> ids = jdbc
			.sql("select id from representative where community_workstation_id = :ws or industry_workstation_id = :ws"
					+ " order by name, id")
			.param("ws", workstationId)
			.query(Long.class)
			.list();
		return load(ids);
	}

	/**
	 * A page of representatives: ordered by their community workstation's display order, then
	 * by name.
	 */
	public PageResult<Representative> list(RepresentativeFilter filter, PageQuery page) {
		String name = RepresentativeDetails.clean(filter.name());
		PageResult<Long> ids = PagedQuery
			.from("representative r join workstation w on w.id = r.community_workstation_id")
			.where("r.district_id = :district", "district", filter.districtId())
			.whereGiven(filter.workstationId(), "r.community_workstation_id = :ws or r.industry_workstation_id = :ws",
					"ws")
			.whereGiven(filter.status() == null ? null : filter.status().name(), "r.status = :status", "status")
			.whereGiven(filter.representativeId(), "r.id = :id", "id")
			.whereGiven(name == null ? null : PagedQuery.containing(name), "lower(r.name) like :name escape '\\'",
					"name")
			.ids(jdbc, "r.id", "w.display_order, w.name, r.name, r.id", page);
		return page.result(load(ids.items()), ids.total());
	}

	/** Every representative matching the filter, in list order (for an export). */
	public List<Representative> all(RepresentativeFilter filter) {
		var result = new ArrayList<Representative>();
		int page = 0;
		PageResult<Representative> batch;
		do {
			batch = list(filter, new PageQuery(page++, PageQuery.MAX_SIZE));
			result.addAll(batch.items());
		}
		while ((long) page * PageQuery.MAX_SIZE < batch.total());
		return result;
	}

	private List<Representative> load(List<Long> ids) {
		return PagedQuery.inOrder(ids, representatives::findAllById, Representative::id);
	}

	/** The representative if the user may read it: 404 if unknown, 403 if not theirs to see. */
	public Representative getFor(CurrentUser user, long id) {
		Representative representative = get(user.districtId(), id);
		if (!RepresentativePolicy.readableBy(user, representative)) {
			throw new Problem.Forbidden("roster.problem.not-your-representative");
		}
		return representative;
	}

	// ---- what a user is shown, audited ------------------------------------------------------------

	/**
	 * The representative as a user is shown it (its page, the API's answer), if the user may read
	 * it ({@link #getFor}); a phone number shown in full is recorded in the audit trail.
	 */
	@Transactional
	public Representative shownTo(CurrentUser user, long id) {
		Representative representative = getFor(user, id);
		phonesShown(user, List.of(representative));
		return representative;
	}

	/**
	 * A page of representatives as a user is shown it, for a filter the user may list with
	 * ({@link RepresentativePolicy#filterFor}); phone numbers shown in full are recorded in the
	 * audit trail.
	 */
	@Transactional
	public PageResult<Representative> shownTo(CurrentUser user, RepresentativeFilter filter, PageQuery page) {
		PageResult<Representative> result = list(filter, page);
		phonesShown(user, result.items());
		return result;
	}

	/**
	 * Records in the audit trail that a user was shown representatives' phone numbers in full
	 * (DOMAIN.md: every full view of personal data is audited). Nothing is recorded for users
	 * who see them masked, or when none of the shown has a phone.
	 */
	private void phonesShown(CurrentUser user, Collection<Representative> shown) {
		if (!RepresentativePolicy.seesFullPhone(user)) {
			return;
		}
		List<Representative> withPhone = shown.stream().filter(r -> r.phone() != null).toList();
		if (withPhone.size() == 1) {
			events.publishEvent(RosterEvent.of("REPRESENTATIVE_PHONE_VIEWED", withPhone.get(0), "phone shown in full"));
		}
		else if (!withPhone.isEmpty()) {
			events.publishEvent(new RosterEvent("REPRESENTATIVE_PHONES_VIEWED", RosterEvent.REPRESENTATIVE, null,
					"phones of " + withPhone.size() + " representatives shown in full: "
							+ withPhone.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","))));
		}
	}
}
