package cn.lvzhi.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeFilter;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.PageQuery;

/**
 * The representatives the public question and complaint form lets a visitor pick: of the
 * deployment's default district, found by name, shown with their community workstation and
 * nothing personal.
 */
@Service
@Transactional(readOnly = true)
public class RepresentativeChoices {

	/** How many representatives the public form offers for a name searched. */
	public static final int CHOICES_MAX = 20;

	private final Representatives representatives;

	private final Workstations workstations;

	private final Districts districts;

	RepresentativeChoices(Representatives representatives, Workstations workstations, Districts districts) {
		this.representatives = representatives;
		this.workstations = workstations;
		this.districts = districts;
	}

	/** A representative the public form offers: the name and community workstation, nothing personal. */
	public record Choice(long id, String name, String workstationName) {
	}

	/**
	 * The representatives of the default district whose name contains {@code name} (at most
	 * {@value #CHOICES_MAX}), for the public form; none for an empty search.
	 */
	public List<Choice> choices(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		long district = districts.defaultDistrict().id();
		return representatives
			.list(new RepresentativeFilter(district, null, null, name.strip(), null), new PageQuery(0, CHOICES_MAX))
			.items()
			.stream()
			.map(this::choiceOf)
			.toList();
	}

	/** The name of a representative of the default district, for the public pages. */
	public Optional<Choice> choice(long representativeId) {
		long district = districts.defaultDistrict().id();
		return representatives.find(representativeId).filter(r -> r.districtId() == district).map(this::choiceOf);
	}

	private Choice choiceOf(Representative r) {
		return new Choice(r.id(), r.name(),
				workstations.find(r.communityWorkstationId()).map(Workstation::name).orElse(""));
	}
}
