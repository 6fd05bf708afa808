package cn.lvzhi.standard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * The points standard of each district: which version is in force on a day, the versions there
 * are, and creating a new one. Other modules ask here for the rule of an item.
 */
@Service
@Transactional(readOnly = true)
public class Standards {

	private final StandardVersionRepository versions;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Standards(StandardVersionRepository versions, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.versions = versions;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The version in force on {@code day}: the one with the latest effective-from date on or before it.
	 * @throws Problem.NotFound when the district's first version takes effect after {@code day}
	 */
	public StandardVersion inForce(long districtId, LocalDate day) {
		return versions.findInForce(districtId, day)
			.orElseThrow(() -> new Problem.NotFound("problem.standard.none-in-force", day));
	}

	/**
	 * The item with {@code code} of the version in force on {@code day}; empty when the item is
	 * not in that version or no version is in force yet.
	 */
	public Optional<StandardItem> itemOn(long districtId, int code, LocalDate day) {
		return versions.findInForce(districtId, day).flatMap(version -> version.item(code));
	}

	/** All versions of the district, oldest first. */
	public List<StandardVersion.Summary> versions(long districtId) {
		return versions.summaries(districtId);
	}

	/** @throws Problem.NotFound for an unknown version number */
	public StandardVersion version(long districtId, int number) {
		return versions.findByNumber(districtId, number)
			.orElseThrow(() -> new Problem.NotFound("problem.standard.version-not-found", String.valueOf(number)));
	}

	/** The start of a new version: a copy of the latest version's items, with no date yet. */
	public NewVersion draftOfNext(long districtId) {
		return versions.findLatest(districtId)
			.map(latest -> NewVersion.copyOf(latest, null, null))
			.orElseGet(() -> new NewVersion(null, null, List.of()));
	}

	/**
	 * Creates the next version. Its effective-from date must be after every existing version's.
	 * @throws Problem.Invalid with field errors; {@link Problem.Conflict} when a version already takes effect that day
	 */
	/**
	 * Checks {@code draft} as {@link #create} would, without creating anything: for a form that
	 * shows every mistake at once.
	 */
	public void validate(long districtId, NewVersion draft, CurrentUser user) {
		build(districtId, draft, user);
	}

	@Transactional
	public StandardVersion create(long districtId, NewVersion draft, CurrentUser user) {
		StandardVersion version = versions.insert(build(districtId, draft, user));
		events.publishEvent(new StandardVersionCreated(districtId, version.id().orElseThrow(), version.number(),
				version.name(), version.effectiveFrom(), version.items().size()));
		return version;
	}

	private StandardVersion build(long districtId, NewVersion draft, CurrentUser user) {
		List<StandardVersion.Summary> existing = versions.summaries(districtId);
		String fallbackName = draft.effectiveFrom() == null ? null
				: messages.getMessage("standard.version.default-name",
						new Object[] { StandardVersion.nextNumber(existing), draft.effectiveFrom().toString() },
						Locale.SIMPLIFIED_CHINESE);
		return StandardVersion.create(districtId, draft, existing, fallbackName, user.username(), clock.instant());
	}
}
