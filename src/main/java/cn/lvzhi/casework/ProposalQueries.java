package cn.lvzhi.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;

/**
 * Reading proposals: one with everything its page shows ({@link ProposalView}), a page of the
 * list with its filters, all of them for the export (audited), and what waits for a
 * representative. Who reads which is {@link ProposalPolicy}'s: the office and the evaluation
 * group all of the district, a representative those they lead or co-sign, staff those led by their
 * workstation's representatives.
 */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

	/** The most rows an export writes. */
	public static final int EXPORT_MAX = 10_000;

	private final ProposalRepository proposals;

	private final ProposalRoster roster;

	private final SourcedRecords records;

	private final ProposalDocuments documents;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ProposalQueries(ProposalRepository proposals, ProposalRoster roster, SourcedRecords records,
			ProposalDocuments documents, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.proposals = proposals;
		this.roster = roster;
		this.records = records;
		this.documents = documents;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The proposal if the user reads it: 404 unknown, 403 not theirs to read. */
	public Proposal get(CurrentUser user, long id) {
		Proposal proposal = proposals.get(user.districtId(), id);
		ProposalPolicy.requireReads(user, proposal, roster.staffOfLead(user, proposal));
		return proposal;
	}

	/** The proposal with the names, the records it created (with their points) and its documents. */
	public ProposalView view(CurrentUser user, long id) {
		return view(user, get(user, id));
	}

	/** {@code proposal}, which the user reads, as its page and answer show it. */
	public ProposalView view(CurrentUser user, Proposal proposal) {
		return new ProposalView(proposal, roster.names(proposal.districtId()),
				records.ofSource(proposal.districtId(), RecordSource.proposal(proposal.id())),
				documents.of(proposal.id()), ProposalPolicy.actions(user, proposal));
	}

	/** A page of the proposals the user reads, newest first, filtered. */
	public PageResult<Proposal> list(CurrentUser user, ProposalFilter filter, PageQuery page) {
		PageResult<Long> ids = query(user, filter).ids(jdbc, "p.id", "p.cycle desc, p.id desc", page);
		return new PageResult<>(PagedQuery.inOrder(ids.items(), proposals::findAllById, Proposal::id), ids.page(),
				ids.size(), ids.total());
	}

	/**
	 * Every proposal of the list (at most {@value #EXPORT_MAX}), for the export by the office or
	 * the evaluation group (403 otherwise); the export is recorded in the audit trail.
	 */
	@Transactional
	public List<Proposal> export(CurrentUser user, ProposalFilter filter) {
		if (!ProposalPolicy.exports(user)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		List<Proposal> all = list(user, filter, PageQuery.of(0, PageQuery.MAX_SIZE)).items();
		var rows = new ArrayList<>(all);
		for (int page = 1; rows.size() == page * PageQuery.MAX_SIZE && rows.size() < EXPORT_MAX; page++) {
			rows.addAll(list(user, filter, PageQuery.of(page, PageQuery.MAX_SIZE)).items());
		}
		events.publishEvent(new ProposalsExported(filter.normalized(), rows.size()));
		return rows;
	}

	/** The names of the district's representatives by id, for a list. */
	public Map<Long, String> names(CurrentUser user) {
		return roster.names(user.districtId());
	}

	/** The district's serving representatives, by name: the leads and co-signers the drafting form offers. */
	public List<RosterDirectory.RepresentativeSummary> choices(CurrentUser user) {
		return roster.choices(user.districtId());
	}

	/** What waits for a representative: co-signatures to confirm, drafts to submit, responses to evaluate. */
	public Waiting waitingFor(CurrentUser user) {
		Long own = user.representativeId().orElse(null);
		if (own == null) {
			return new Waiting(List.of(), List.of(), List.of());
		}
		List<Long> toConfirm = jdbc.sql("select p.id from proposal p join proposal_cosigner c on c.proposal = p.id "
				+ "where p.district_id = ? and p.status = 'DRAFT' and c.representative_id = ? and c.confirmed_at is null "
				+ "order by p.id desc")
			.params(user.districtId(), own)
			.query(Long.class)
			.list();
		return new Waiting(load(toConfirm), load(led(user, own, ProposalStatus.DRAFT)),
				load(led(user, own, ProposalStatus.ANSWERED)));
	}

	/** A representative's proposals waiting for them, each list newest first. */
	public record Waiting(List<Proposal> toConfirm, List<Proposal> toSubmit, List<Proposal> toEvaluate) {

		public int count() {
			return toConfirm.size() + toSubmit.size() + toEvaluate.size();
		}
	}

	private List<Long> led(CurrentUser user, long own, ProposalStatus status) {
		return jdbc.sql("select id from proposal where district_id = ? and lead_representative_id = ? and status = ? "
				+ "order by id desc")
			.params(user.districtId(), own, status.name())
			.query(Long.class)
			.list();
	}

	private List<Proposal> load(List<Long> ids) {
		return PagedQuery.inOrder(ids, proposals::findAllById, Proposal::id);
	}

	private PagedQuery query(CurrentUser user, ProposalFilter filter) {
		ProposalFilter f = filter.normalized();
		if (f.year() != null && (f.year() < ProposalFilter.YEAR_MIN || f.year() > ProposalFilter.YEAR_MAX)) {
			throw Problem.Invalid.field("year", "casework.proposal.validation.year", ProposalFilter.YEAR_MIN,
					ProposalFilter.YEAR_MAX);
		}
		var query = PagedQuery.from("proposal p").where("p.district_id = :district", "district", user.districtId());
		ProposalPolicy.listScope(user).ifPresent(scope -> scoped(query, user, scope, f));
		return query.whereGiven(f.year(), "p.cycle = :year", "year")
			.whereGiven(f.status() == null ? null : f.status().name(), "p.status = :status", "status")
			.whereGiven(f.kind() == null ? null : f.kind().name(), "p.kind = :kind", "kind")
			.whereGiven(f.unit() == null ? null : PagedQuery.containing(f.unit()),
					"exists (select 1 from proposal_unit u where u.proposal = p.id and lower(u.name) like :unit escape '\\')",
					"unit")
			.whereGiven(f.representativeId(), "(p.lead_representative_id = :representative or exists (select 1 "
					+ "from proposal_cosigner c where c.proposal = p.id and c.representative_id = :representative))",
					"representative");
	}

	/**
	 * Limits the list to what a user who does not read the whole district reads: their own (lead
	 * or co-signer) and those led by their workstation's representatives. Asking for another
	 * representative's that the user cannot see is a 403.
	 */
	private void scoped(PagedQuery query, CurrentUser user, ProposalPolicy.Scope scope, ProposalFilter f) {
		List<Long> leads = scope.workstationId() == null ? List.of() : roster.ofWorkstation(scope.workstationId());
		Long representative = f.representativeId();
		if (representative != null && !representative.equals(scope.representativeId())
				&& !leads.contains(representative)) {
			throw new Problem.Forbidden("casework.proposal.problem.not-yours");
		}
		var either = new ArrayList<String>();
		if (scope.representativeId() != null) {
			either.add("p.lead_representative_id = :own or exists (select 1 from proposal_cosigner o "
					+ "where o.proposal = p.id and o.representative_id = :own)");
			query.param("own", scope.representativeId());
		}
		if (!leads.isEmpty()) {
			either.add("p.lead_representative_id in (:leads)");
			query.param("leads", leads);
		}
		query.where(either.isEmpty() ? "1 = 0" : "(" + String.join(") or (", either) + ")");
	}
}
