package cn.lvzhi.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * The constituent's rating of a resolved appeal (非常满意 / 基本满意 / 不满意), which earns the proxy
 * an item-3 record carrying it (DOMAIN.md 11: nobody but the constituent chooses item 3's tier).
 * The constituent rates in person — the workstation's staff or the office record it, never the
 * proxy themself — or through a one-time link or QR code without an account
 * ({@link AppealRatingLinks}): the link shows only the appeal's subject and result, works once and
 * expires after {@code lvzhi.casework.rating-link-days}. Unknown link: 404; used (or the appeal
 * rated another way): 409; expired: 409. The rating and its record commit together.
 */
@Service
@Transactional
public class AppealRatings {

	/** Who acts when the constituent rates through the link: no account, the appeal's district. */
	static final String LINK_USER = "rating-link";

	private final AppealAccess access;

	private final AppealRepository appeals;

	private final AppealRatingLinks links;

	private final AppealRecords records;

	private final CaseworkProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealRatings(AppealAccess access, AppealRepository appeals, AppealRatingLinks links, AppealRecords records,
			CaseworkProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.appeals = appeals;
		this.links = links;
		this.records = records;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** A link just issued: the token (shown once, never stored) and when it expires. */
	public record IssuedLink(long appealId, String token, Instant expiresAt) {
	}

	/** What the holder of a link sees: the subject (事由), the category and the result; nothing personal. */
	public record RatingPage(String subject, String category, String resolution, Instant expiresAt) {
	}

	/** The constituent's rating in person, recorded by the workstation's staff or the office: {@code RATED}. */
	public Appeal rate(CurrentUser user, long id, String satisfaction) {
		Appeal appeal = access.load(user, id);
		requireRater(access.policy(user, appeal));
		return rated(user, appeal, satisfactionOf(satisfaction), AppealRatingMode.IN_PERSON, user.username());
	}

	/** Issues a one-time rating link for a resolved appeal, replacing an unused earlier one. */
	public IssuedLink issueLink(CurrentUser user, long id) {
		Appeal appeal = access.load(user, id);
		requireRater(access.policy(user, appeal));
		Instant now = clock.instant();
		appeal.ratingLinkIssued(user.username(), now);
		appeal = access.save(appeal);
		String token = AppealRatingLinks.newToken();
		Instant expiresAt = now.plus(Duration.ofDays(properties.ratingLinkDays()));
		links.issue(appeal.id(), token, user.username(), now, expiresAt);
		events.publishEvent(AppealChanged.of(appeal, AppealAction.RATING_LINK));
		return new IssuedLink(appeal.id(), token, expiresAt);
	}

	/** What a link shows, if it can still be used (404 unknown, 409 used or expired). */
	@Transactional(readOnly = true)
	public RatingPage page(String token) {
		AppealRatingLinks.Link link = usable(token);
		Appeal appeal = linked(link);
		return new RatingPage(appeal.subject().orElse(null), appeal.category().orElse(null),
				appeal.resolution().orElse(null), link.expiresAt());
	}

	/** The constituent rates through the link, without an account: {@code RATED}; the link is used up. */
	public Appeal rateByLink(String token, String satisfaction) {
		AppealRatingLinks.Link link = usable(token);
		Satisfaction rating = satisfactionOf(satisfaction);
		Appeal appeal = linked(link);
		if (!links.use(link.id(), clock.instant())) {
			throw new Problem.Conflict("casework.problem.link-used");
		}
		return rated(new LinkUser(appeal.districtId()), appeal, rating, AppealRatingMode.LINK, null);
	}

	private Appeal rated(CurrentUser user, Appeal appeal, Satisfaction rating, AppealRatingMode mode, String by) {
		Instant now = clock.instant();
		appeal.rate(rating, mode, by, now);
		appeal = access.save(appeal);
		links.useAll(appeal.id(), now);
		Optional<Long> proxy = appeal.proxyRepresentativeId();
		if (proxy.isPresent()) {
			records.resolved(user, appeal, proxy.get(), access.today(appeal.districtId()), rating);
		}
		events.publishEvent(AppealChanged.of(appeal, AppealAction.RATE));
		return appeal;
	}

	private static void requireRater(AppealPolicy policy) {
		AppealPolicy.require(policy.rates(), policy.isAbout() ? "casework.problem.own-appeal" : "casework.problem.not-yours");
	}

	private AppealRatingLinks.Link usable(String token) {
		AppealRatingLinks.Link link = links.find(token)
			.orElseThrow(() -> new Problem.NotFound("casework.problem.link-unknown"));
		if (link.usedAt() != null) {
			throw new Problem.Conflict("casework.problem.link-used");
		}
		if (!clock.instant().isBefore(link.expiresAt())) {
			throw new Problem.Conflict("casework.problem.link-expired");
		}
		return link;
	}

	private Appeal linked(AppealRatingLinks.Link link) {
		Appeal appeal = appeals.findById(link.appealId()).orElseThrow();
		if (appeal.status() != AppealStatus.RESOLVED) {
			throw new Problem.Conflict("casework.problem.link-used");
		}
		return appeal;
	}

	/** The satisfaction named, or 422 naming {@code satisfaction}. */
	static Satisfaction satisfactionOf(String value) {
		String name = AppealRegistration.clean(value);
		if (name == null) {
			throw Problem.Invalid.field("satisfaction", "validation.required");
		}
		return Arrays.stream(Satisfaction.values())
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> Problem.Invalid.field("satisfaction", "casework.validation.one-of",
					String.join(", ", Arrays.stream(Satisfaction.values()).map(Enum::name).toList())));
	}

	/** The constituent rating through the link: no account and no role; the records name them {@value #LINK_USER}. */
	private record LinkUser(long districtId) implements CurrentUser {

		@Override
		public long userId() {
			return -1;
		}

		@Override
		public String username() {
			return LINK_USER;
		}

		@Override
		public String displayName() {
			return LINK_USER;
		}

		@Override
		public Set<Role> roles() {
			return Set.of();
		}

		@Override
		public Optional<Long> workstationId() {
			return Optional.empty();
		}

		@Override
		public Optional<Long> representativeId() {
			return Optional.empty();
		}
	}
}
