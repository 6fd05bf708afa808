package cn.lvzhi.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * What proposals ask the roster: whether the lead and the co-signers of a draft are representatives
 * of the district serving today, whether a user is staff of a lead's workstation, the names to
 * show, and today in the district's time zone.
 */
@Component
class ProposalRoster {

	private final Representatives representatives;

	private final RosterDirectory directory;

	private final Districts districts;

	private final Clock clock;

	ProposalRoster(Representatives representatives, RosterDirectory directory, Districts districts, Clock clock) {
		this.representatives = representatives;
		this.directory = directory;
		this.districts = districts;
		this.clock = clock;
	}

	/** Today in the district's time zone: the day a submission's records are dated. */
	LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	/** Adds a violation of each of the draft's representatives unknown in the district or not serving today. */
	void check(long districtId, ProposalDraft draft, List<FieldViolation> found) {
		LocalDate today = today(districtId);
		if (draft.leadRepresentativeId() != null) {
			serving(districtId, draft.leadRepresentativeId(), "leadRepresentativeId", today, found);
		}
		List<Long> cosigners = draft.cosignerIds();
		for (int i = 0; i < cosigners.size(); i++) {
			Long id = cosigners.get(i);
			String field = "cosignerIds[" + i + "]";
			if (id != null && found.stream().noneMatch(v -> v.field().equals(field))) {
				serving(districtId, id, field, today, found);
			}
		}
	}

	private void serving(long districtId, long id, String field, LocalDate today, List<FieldViolation> found) {
		Optional<Representative> representative = find(districtId, id);
		if (representative.isEmpty()) {
			found.add(new FieldViolation(field, "casework.proposal.validation.representative-unknown"));
		}
		else if (!servesOn(representative.get(), today)) {
			found.add(new FieldViolation(field, "casework.proposal.validation.not-serving", representative.get().name()));
		}
	}

	static boolean servesOn(Representative r, LocalDate day) {
		return !day.isBefore(r.startedOn()) && r.endedOn().map(end -> !day.isAfter(end)).orElse(true);
	}

	Optional<Representative> find(long districtId, long id) {
		return representatives.find(id).filter(r -> r.districtId() == districtId);
	}

	/** Whether the user is staff of a workstation of the proposal's lead. */
	boolean staffOfLead(CurrentUser user, Proposal proposal) {
		return user.workstationId().isPresent()
				&& find(proposal.districtId(), proposal.leadRepresentativeId()).map(r -> r.hasStaff(user)).orElse(false);
	}

	/** The representatives of a workstation, for a staff user's list. */
	List<Long> ofWorkstation(long workstationId) {
		return representatives.ofWorkstation(workstationId).stream().map(Representative::id).toList();
	}

	/** The names of the district's representatives by id, in one query. */
	Map<Long, String> names(long districtId) {
		var names = new HashMap<Long, String>();
		directory.representatives(districtId).forEach(r -> names.put(r.id(), r.name()));
		return names;
	}

	/** The serving representatives of the district, active first, by name: the co-signers and leads a form offers. */
	List<RosterDirectory.RepresentativeSummary> choices(long districtId) {
		return directory.representatives(districtId).stream().filter(r -> "ACTIVE".equals(r.status())).toList();
	}
}
