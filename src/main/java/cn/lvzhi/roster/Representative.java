package cn.lvzhi.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * A district Party congress representative (区党代表) with their term. Linked to exactly one
 * community workstation (挂点社区) and at most one industry workstation. A term ends (代表能进能出)
 * but the record stays, so that the history and the lists of past cycles keep it.
 */
@Table("representative")
public class Representative {

	public static final int END_REASON_MAX = 500;

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private String name;

	private Gender gender;

	private String organization;

	private String position;

	private String phone;

	private String electoralUnit;

	private String term;

	private long communityWorkstationId;

	private Long industryWorkstationId;

	private RepresentativeStatus status;

	private LocalDate startedOn;

	private LocalDate endedOn;

	private String endReason;

	private final Instant createdAt;

	private Instant updatedAt;

	Representative(Long id, Integer version, long districtId, String name, Gender gender, String organization,
			String position, String phone, String electoralUnit, String term, long communityWorkstationId,
			Long industryWorkstationId, RepresentativeStatus status, LocalDate startedOn, LocalDate endedOn,
			String endReason, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.name = name;
		this.gender = gender;
		this.organization = organization;
		this.position = position;
		this.phone = phone;
		this.electoralUnit = electoralUnit;
		this.term = term;
		this.communityWorkstationId = communityWorkstationId;
		this.industryWorkstationId = industryWorkstationId;
		this.status = status;
		this.startedOn = startedOn;
		this.endedOn = endedOn;
		this.endReason = endReason;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/**
	 * A new, serving representative. The details must already name workstations of the right
	 * type (checked by {@link Representatives}); here: the fields and the start of the term,
	 * which may not lie in the future.
	 */
	static Representative register(long districtId, RepresentativeDetails details, LocalDate today, Instant now) {
		RepresentativeDetails d = details.normalized();
		LocalDate startedOn = d.startedOn() == null ? today : d.startedOn();
		check(d, startedOn, today);
		return new Representative(null, null, districtId, d.name(), d.gender(), d.organization(), d.position(),
				d.phone(), d.electoralUnit(), d.term(), d.communityWorkstationId(), d.industryWorkstationId(),
				RepresentativeStatus.ACTIVE, startedOn, null, null, now, now);
	}

	/** Corrects the details; also allowed after the term ended (a typo in the history). */
	void change(RepresentativeDetails details, LocalDate today, Instant now) {
		RepresentativeDetails d = details.normalized();
		LocalDate newStart = d.startedOn() == null ? startedOn : d.startedOn();
		check(d, newStart, today);
		if (endedOn != null && endedOn.isBefore(newStart)) {
			throw Problem.Invalid.field("startedOn", "roster.validation.started-after-end");
		}
		name = d.name();
		gender = d.gender();
		organization = d.organization();
		position = d.position();
		phone = d.phone();
		electoralUnit = d.electoralUnit();
		term = d.term();
		communityWorkstationId = d.communityWorkstationId();
		industryWorkstationId = d.industryWorkstationId();
		startedOn = newStart;
		updatedAt = now;
	}

	/**
	 * Ends the term (离任). Only a serving representative's term can end; it ends on or after
	 * the day it started and not in the future, for a stated reason.
	 */
	void end(LocalDate endedOn, String reason, LocalDate today, Instant now) {
		if (status == RepresentativeStatus.ENDED) {
			throw new Problem.Conflict("roster.problem.already-ended", name);
		}
		var violations = new ArrayList<Problem.FieldViolation>();
		if (endedOn == null) {
			violations.add(new Problem.FieldViolation("endedOn", "validation.required"));
		}
		else if (endedOn.isBefore(startedOn)) {
			violations.add(new Problem.FieldViolation("endedOn", "roster.validation.ended-before-start", startedOn));
		}
		else if (endedOn.isAfter(today)) {
			violations.add(new Problem.FieldViolation("endedOn", "roster.validation.ended-in-future"));
		}
		String why = RepresentativeDetails.clean(reason);
		if (why == null) {
			violations.add(new Problem.FieldViolation("reason", "validation.required"));
		}
		else if (why.length() > END_REASON_MAX) {
			violations.add(new Problem.FieldViolation("reason", "validation.too-long", END_REASON_MAX));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		this.status = RepresentativeStatus.ENDED;
		this.endedOn = endedOn;
		this.endReason = why;
		this.updatedAt = now;
	}

	private static void check(RepresentativeDetails d, LocalDate startedOn, LocalDate today) {
		var violations = new ArrayList<>(d.violations());
		if (startedOn.isAfter(today)) {
			violations.add(new Problem.FieldViolation("startedOn", "roster.validation.started-in-future"));
		}
		if (d.communityWorkstationId() != null && d.communityWorkstationId().equals(d.industryWorkstationId())) {
			violations.add(new Problem.FieldViolation("industryWorkstationId", "roster.validation.workstation.not-industry"));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
	}

	/** Whether this representative belongs to the workstation, as community or industry one. */
	/**
	 * Whether the user is staff of this representative's community or industry workstation — the
	 * one place this rule is written; every module asks it here.
	 */
	public boolean hasStaff(CurrentUser user) {
		return user.has(Role.WORKSTATION_STAFF) && user.workstationId().map(this::isAttachedTo).orElse(false);
	}

	public boolean isAttachedTo(long workstationId) {
		return communityWorkstationId == workstationId
				|| (industryWorkstationId != null && industryWorkstationId == workstationId);
	}

	public boolean isActive() {
		return status == RepresentativeStatus.ACTIVE;
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

	public String name() {
		return name;
	}

	public Optional<Gender> gender() {
		return Optional.ofNullable(gender);
	}

	public String organization() {
		return organization;
	}

	public String position() {
		return position;
	}

	/** The full phone number: show it only to those who handle the roster, else mask it. */
	public String phone() {
		return phone;
	}

	public String electoralUnit() {
		return electoralUnit;
	}

	public String term() {
		return term;
	}

	public long communityWorkstationId() {
		return communityWorkstationId;
	}

	public Optional<Long> industryWorkstationId() {
		return Optional.ofNullable(industryWorkstationId);
	}

	public RepresentativeStatus status() {
		return status;
	}

	public LocalDate startedOn() {
		return startedOn;
	}

	public Optional<LocalDate> endedOn() {
		return Optional.ofNullable(endedOn);
	}

	public Optional<String> endReason() {
		return Optional.ofNullable(endReason);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	@Override
	public String toString() {
		return "Representative[" + id + " " + name + " " + status + "]";
	}
}
