package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Satisfaction;

/**
 * A constituent's appeal (群众诉求), registered at a workstation. It guards its own steps: a step
 * from the wrong state is a {@link Problem.Conflict} (409), and so is a second reopening. Who may
 * take a step is {@link AppealPolicy}'s to say, enforced by {@link Appeals}; the records a step
 * earns are created there, in the step's transaction.
 * <pre>
 * RECEIVED ─proxy→ PROXIED ─assign→ ASSIGNED ─resolve→ RESOLVED ─rate→ RATED
 *     └────────assign─────────┘                                   │ DISSATISFIED, once
 *                        PROXIED ◄──────────reopen────────────────┘
 * </pre>
 */
@Table("appeal")
public class Appeal {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final long workstationId;

	@Embedded(onEmpty = Embedded.OnEmpty.USE_NULL, prefix = "constituent_")
	private final AppealConstituent constituent;

	private final String content;

	private final String category;

	private final String subject;

	private final LocalDate receivedOn;

	private final AppealChannel channel;

	private AppealStatus status;

	private Long proxyRepresentativeId;

	@Embedded(onEmpty = Embedded.OnEmpty.USE_NULL)
	private AppealRouting routing;

	private String resolution;

	private Satisfaction satisfaction;

	private AppealRatingMode ratedThrough;

	private boolean reopened;

	private final String registeredBy;

	private final Instant registeredAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "appeal", keyColumn = "appeal_key")
	private final List<AppealHistory> history;

	@MappedCollection(idColumn = "appeal", keyColumn = "appeal_key")
	private final List<AppealFollowUp> followUps;

	Appeal(Long id, Integer version, long districtId, long workstationId, AppealConstituent constituent,
			String content, String category, String subject,
			LocalDate receivedOn, AppealChannel channel, AppealStatus status, Long proxyRepresentativeId,
			AppealRouting routing, String resolution,
			Satisfaction satisfaction, AppealRatingMode ratedThrough, boolean reopened, String registeredBy,
			Instant registeredAt, Instant updatedAt, List<AppealHistory> history, List<AppealFollowUp> followUps) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.workstationId = workstationId;
		this.constituent = constituent;
		this.content = content;
		this.category = category;
		this.subject = subject;
		this.receivedOn = receivedOn;
		this.channel = channel;
		this.status = status;
		this.proxyRepresentativeId = proxyRepresentativeId;
		this.routing = routing;
		this.resolution = resolution;
		this.satisfaction = satisfaction;
		this.ratedThrough = ratedThrough;
		this.reopened = reopened;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
		this.updatedAt = updatedAt;
		this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
		this.followUps = followUps == null ? new ArrayList<>() : new ArrayList<>(followUps);
	}

	/** A new appeal, {@code RECEIVED}; {@code r} must have been checked ({@link AppealRegistration#violations}). */
	static Appeal register(long districtId, AppealRegistration r, String by, Instant now) {
		AppealRegistration n = r.normalized();
		var appeal = new Appeal(null, null, districtId, n.workstationId(),
				new AppealConstituent(n.constituentName(), n.constituentPhone(), n.constituentAddress()), n.content(), n.category(), n.subject(), n.receivedOn(), n.channelValue(),
				AppealStatus.RECEIVED, null, null, null, null, null, false, by, now, now, List.of(),
				List.of());
		appeal.history.add(new AppealHistory(AppealStatus.RECEIVED, AppealAction.REGISTER, by, now, null));
		return appeal;
	}

	/** A representative takes the appeal on as proxy (代理); {@code name} is kept in the history. */
	void proxy(long representativeId, String name, String by, Instant now) {
		status.requireOneOf(AppealStatus.RECEIVED);
		proxyRepresentativeId = representativeId;
		moveTo(AppealStatus.PROXIED, AppealAction.PROXY, by, now, name);
	}

	/** The appeal is routed to a handling unit with a due date. */
	void assign(AppealRouting to, String by, Instant now) {
		status.requireOneOf(AppealStatus.RECEIVED, AppealStatus.PROXIED);
		routing = to;
		moveTo(AppealStatus.ASSIGNED, AppealAction.ASSIGN, by, now, to.handlingUnit() + " · " + to.dueOn());
	}

	/** A follow-up (跟踪督办) while the appeal waits for its result. */
	void followUp(String note, String by, Instant now) {
		if (!status.isUnresolved()) {
			throw new Problem.Conflict("casework.problem.wrong-state", status.name());
		}
		followUps.add(new AppealFollowUp(note, by, now));
		updatedAt = now;
	}

	/** The handling unit's result, written down: {@code RESOLVED}, waiting for the constituent's rating. */
	void resolve(String text, String by, Instant now) {
		status.requireOneOf(AppealStatus.ASSIGNED);
		resolution = text;
		moveTo(AppealStatus.RESOLVED, AppealAction.RESOLVE, by, now, text);
	}

	/** The constituent's rating of the result; {@code by} is {@code null} through the link. */
	void rate(Satisfaction rating, AppealRatingMode mode, String by, Instant now) {
		status.requireOneOf(AppealStatus.RESOLVED);
		satisfaction = rating;
		ratedThrough = mode;
		moveTo(AppealStatus.RATED, AppealAction.RATE, by, now, rating.name());
	}

	/** A one-time rating link was issued for the resolved appeal (kept in the history, not the token). */
	void ratingLinkIssued(String by, Instant now) {
		status.requireOneOf(AppealStatus.RESOLVED);
		history.add(new AppealHistory(status, AppealAction.RATING_LINK, by, now, null));
		updatedAt = now;
	}

	/**
	 * The proxy reopens a result the constituent was dissatisfied with, once: back to
	 * {@code PROXIED}, to be routed again; the earlier unit, result and rating stay in the history.
	 */
	void reopen(String reason, String by, Instant now) {
		status.requireOneOf(AppealStatus.RATED);
		if (satisfaction != Satisfaction.DISSATISFIED) {
			throw new Problem.Conflict("casework.problem.reopen-not-dissatisfied");
		}
		if (reopened) {
			throw new Problem.Conflict("casework.problem.reopened-once");
		}
		reopened = true;
		routing = null;
		resolution = null;
		satisfaction = null;
		ratedThrough = null;
		moveTo(AppealStatus.PROXIED, AppealAction.REOPEN, by, now, reason);
	}

	private void moveTo(AppealStatus next, AppealAction action, String by, Instant now, String note) {
		status = next;
		updatedAt = now;
		history.add(new AppealHistory(next, action, by, now, note));
	}

	/** Why the appeal is flagged on {@code today}, if it is (see {@link AppealFlag}). */
	public List<AppealFlag> flags(LocalDate today, int unresolvedDays) {
		return AppealFlag.of(status, receivedOn, routing == null ? null : routing.dueOn(), today, unresolvedDays);
	}

	public Long id() {
		return id;
	}

	public Integer version() {
		return version;
	}

	public long districtId() {
		return districtId;
	}

	public long workstationId() {
		return workstationId;
	}

	/** Personal data: shown in full only to those who handle the appeal ({@link AppealPolicy#seesPersonalData}). */
	public AppealConstituent constituent() {
		return constituent;
	}

	public String content() {
		return content;
	}

	public Optional<String> category() {
		return Optional.ofNullable(category);
	}

	/** 事由: a short line without personal data, for the rating page and the records' titles. */
	public Optional<String> subject() {
		return Optional.ofNullable(subject);
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public AppealChannel channel() {
		return channel;
	}

	public AppealStatus status() {
		return status;
	}

	public Optional<Long> proxyRepresentativeId() {
		return Optional.ofNullable(proxyRepresentativeId);
	}

	/** Where the appeal is routed, once assigned (cleared when it is reopened). */
	public Optional<AppealRouting> routing() {
		return Optional.ofNullable(routing);
	}

	public Optional<String> resolution() {
		return Optional.ofNullable(resolution);
	}

	public Optional<Satisfaction> satisfaction() {
		return Optional.ofNullable(satisfaction);
	}

	public Optional<AppealRatingMode> ratedThrough() {
		return Optional.ofNullable(ratedThrough);
	}

	/** Whether a dissatisfied result was reopened already (it may be once). */
	public boolean reopened() {
		return reopened;
	}

	public String registeredBy() {
		return registeredBy;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	/** Every step, oldest first. */
	public List<AppealHistory> history() {
		return Collections.unmodifiableList(history);
	}

	/** The follow-ups, oldest first. */
	public List<AppealFollowUp> followUps() {
		return Collections.unmodifiableList(followUps);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Appeal other && id != null && Objects.equals(id, other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}
}
