package cn.lvzhi.publication;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * The read side of the quarterly lists: a list and the lists of a district as a user may read
 * them (the office and the evaluation group every list, workstation staff the published ones),
 * a list's changes since the previous quarter, and what the public reads (published lists, of
 * the district it names by its code). {@link Publications} holds the workflow.
 */
@Service
@Transactional(readOnly = true)
public class PublicationQueries {

	private static final Set<PublicationStatus> ALL = EnumSet.allOf(PublicationStatus.class);

	private static final Set<PublicationStatus> PUBLISHED = EnumSet.of(PublicationStatus.PUBLISHED);

	private final PublicationRepository repository;

	private final Districts districts;

	PublicationQueries(PublicationRepository repository, Districts districts) {
		this.repository = repository;
		this.districts = districts;
	}

	/**
	 * A list the user may read: the office and the evaluation group any of their district's,
	 * others (workstation staff) only published ones; 404 otherwise.
	 */
	public Publication get(CurrentUser user, long id) {
		Publication publication = load(user.districtId(), id);
		if (!PublicationPolicy.readsDrafts(user) && !publication.isPublished()) {
			throw new Problem.NotFound("publication.problem.not-found", String.valueOf(id));
		}
		return publication;
	}

	/** The lists the user may read, of a year or all years, newest first. */
	public List<PublicationSummary> list(CurrentUser user, Integer year) {
		return repository.summaries(user.districtId(), year, PublicationPolicy.readsDrafts(user) ? ALL : PUBLISHED);
	}

	/** The years in which the user's district has lists the user may read, newest first. */
	public List<Integer> years(CurrentUser user) {
		return repository.years(user.districtId(), PublicationPolicy.readsDrafts(user) ? ALL : PUBLISHED);
	}

	/** The changes since the previous quarter's published list. */
	public PublicationChanges changes(Publication publication) {
		Map<Long, Integer> previousRanks = new HashMap<>();
		Long previousId = null;
		if (publication.quarter() > 1) {
			var previous = repository.live(publication.districtId(), publication.year(), publication.quarter() - 1)
				.filter(Publication::isPublished);
			if (previous.isPresent()) {
				previousId = previous.get().id();
				previous.get().rows().forEach(r -> previousRanks.put(r.representativeId(), r.rankOverall()));
			}
		}
		var rows = new ArrayList<PublicationChanges.RowChange>();
		var nothing = new ArrayList<PublicationRow>();
		int newPoints = 0;
		for (PublicationRow r : publication.rows()) {
			Integer before = previousRanks.get(r.representativeId());
			rows.add(new PublicationChanges.RowChange(r, before, before == null ? null : before - r.rankOverall()));
			if (r.quarterPoints() == 0) {
				nothing.add(r);
			}
			newPoints += r.quarterPoints();
		}
		return new PublicationChanges(previousId, newPoints, rows, nothing);
	}

	// ---- the public ----------------------------------------------------------------------------

	/** The published lists of a district, of a year or all years, newest first. */
	public List<PublicationSummary> published(long districtId, Integer year) {
		return repository.summaries(districtId, year, PUBLISHED);
	}

	/** The years in which a district has published lists, newest first. */
	public List<Integer> publishedYears(long districtId) {
		return repository.years(districtId, PUBLISHED);
	}

	/** A published list, of any district; 404 for a draft, a discarded or an unknown one. */
	public Publication published(long id) {
		return repository.find(id)
			.filter(Publication::isPublished)
			.orElseThrow(() -> new Problem.NotFound("publication.problem.not-found", String.valueOf(id)));
	}

	/**
	 * The district the public asks about by its code ({@code null} or blank: the deployment's
	 * first district); 404 for an unknown code.
	 */
	public long publicDistrict(String code) {
		if (code == null || code.isBlank()) {
			return districts.defaultDistrict().id();
		}
		return districts.byCode(code.strip())
			.map(District::id)
			.orElseThrow(() -> new Problem.NotFound("publication.problem.district-not-found", code));
	}

	/** The name of a list's district, as printed on it. */
	public String districtName(Publication publication) {
		return districts.of(publication.districtId()).name();
	}

	/** A list of the district, whatever its status; 404 for one of another district or none. */
	Publication load(long districtId, long id) {
		return repository.find(id)
			.filter(p -> p.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("publication.problem.not-found", String.valueOf(id)));
	}
}
