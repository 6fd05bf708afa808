package cn.lvzhi.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lvzhi.Actor;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The buttons a record page shows ({@link ActivityAction}) are exactly the transitions the
 * aggregate allows from each state, for the role that {@link Activities} lets take them (a
 * rejection or return also in that role's turn: a referred record is the evaluation group's).
 */
class ActivityActionTests {

	static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");

	static final Actor OFFICE = Actor.of("office", 1, Role.OFFICE);

	static final Actor GROUP = Actor.of("group", 1, Role.EVALUATION_GROUP);

	static final Actor STAFF = Actor.staff("staff", 1, 9);

	static ActivityDetails details() {
		return new ActivityDetails(1, LocalDate.of(2024, 4, 30), "值班接访", null, null, BigDecimal.valueOf(4), null);
	}

	static ActivityRecord in(ActivityStatus status) {
		ActivityRecord record = ActivityRecord.create(1, 7, details(),
				status == ActivityStatus.SUBMITTED ? ActivityStatus.SUBMITTED : ActivityStatus.RECORDED, null, null,
				"someone", NOW);
		switch (status) {
			case VERIFIED -> record.verify(OFFICE, false, NOW);
			case REJECTED -> record.reject(OFFICE, "不属实", NOW);
			case RETURNED -> record.returnForInformation(OFFICE, "补充", NOW);
			case REFERRED -> record.refer(OFFICE, "难以评定", NOW);
			case REVOKED -> {
				record.verify(OFFICE, false, NOW);
				record.revoke(GROUP, "重复", NOW);
			}
			default -> {
			}
		}
		return record;
	}

	record Case(ActivityAction action, Actor actor, Consumer<ActivityRecord> transition) {
	}

	/** A rejection or return as {@link Activities} makes it: in the actor's turn only. */
	static Consumer<ActivityRecord> inTurn(Actor actor, ActivityAction action, Consumer<ActivityRecord> transition) {
		return r -> {
			ActivityPolicy.of(actor, r, false).requireTurn(action, r.status());
			transition.accept(r);
		};
	}

	static final List<Case> CASES = List.of(new Case(ActivityAction.RECORD, STAFF, r -> r.record(STAFF, NOW)),
			new Case(ActivityAction.VERIFY, OFFICE, r -> r.verify(OFFICE, false, NOW)),
			new Case(ActivityAction.VERIFY, GROUP, r -> r.verifyAfterReview(GROUP, "复核", false, NOW)),
			new Case(ActivityAction.REJECT, OFFICE,
					inTurn(OFFICE, ActivityAction.REJECT, r -> r.reject(OFFICE, "理由", NOW))),
			new Case(ActivityAction.REJECT, GROUP,
					inTurn(GROUP, ActivityAction.REJECT, r -> r.reject(GROUP, "理由", NOW))),
			new Case(ActivityAction.RETURN, OFFICE,
					inTurn(OFFICE, ActivityAction.RETURN, r -> r.returnForInformation(OFFICE, "理由", NOW))),
			new Case(ActivityAction.RETURN, GROUP,
					inTurn(GROUP, ActivityAction.RETURN, r -> r.returnForInformation(GROUP, "理由", NOW))),
			new Case(ActivityAction.REFER, OFFICE, r -> r.refer(OFFICE, "理由", NOW)),
			new Case(ActivityAction.REVOKE, GROUP, r -> r.revoke(GROUP, "理由", NOW)),
			new Case(ActivityAction.AMEND, STAFF, r -> r.amend(STAFF, details(), NOW)));

	@ParameterizedTest
	@EnumSource(ActivityStatus.class)
	void offersExactlyTheTransitionsTheRecordAllows(ActivityStatus status) {
		for (Case c : CASES) {
			boolean allowed;
			try {
				c.transition().accept(in(status));
				allowed = true;
			}
			catch (Problem.Conflict wrongState) {
				allowed = false;
			}
			boolean offered = ActivityAction.of(c.actor(), in(status), c.actor() == STAFF, false).contains(c.action());
			assertThat(offered).as("%s by %s from %s", c.action(), c.actor().username(), status).isEqualTo(allowed);
		}
	}

	@ParameterizedTest
	@EnumSource(ActivityStatus.class)
	void offersNoDecisionAboutOneself(ActivityStatus status) {
		CurrentUser officeMember = new Actor("both", 1,
				java.util.EnumSet.of(Role.OFFICE, Role.REPRESENTATIVE, Role.EVALUATION_GROUP), null, 7L);
		assertThat(ActivityAction.of(officeMember, in(status), false, true)).doesNotContain(ActivityAction.VERIFY,
				ActivityAction.REJECT, ActivityAction.RETURN, ActivityAction.REFER, ActivityAction.REVOKE);
	}
}
