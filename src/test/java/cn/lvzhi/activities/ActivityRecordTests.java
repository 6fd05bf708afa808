package cn.lvzhi.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.lvzhi.Actor;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/** The aggregate guards its workflow: states, reasons, and records about oneself. */
class ActivityRecordTests {

	static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2024, 5, 1);

	static final Actor OFFICE = Actor.of("office", 1, Role.OFFICE);

	static final Actor GROUP = Actor.of("group", 1, Role.EVALUATION_GROUP);

	static final Actor STAFF = Actor.staff("staff", 1, 9);

	static ActivityDetails details() {
		return new ActivityDetails(1, LocalDate.of(2024, 4, 30), "值班接访", null, null, BigDecimal.valueOf(4), null);
	}

	static ActivityRecord recorded() {
		return ActivityRecord.create(1, 7, details(), ActivityStatus.RECORDED, null, null, "staff", NOW);
	}

	static ActivityRecord submitted() {
		return ActivityRecord.create(1, 7, details(), ActivityStatus.SUBMITTED, null, null, "rep", NOW);
	}

	@Test
	void walksTheWholeWorkflowAndKeepsEveryStepInTheHistory() {
		ActivityRecord record = submitted();
		record.record(STAFF, NOW);
		record.returnForInformation(OFFICE, "请补充照片", NOW);
		record.amend(STAFF, details(), NOW);
		record.record(STAFF, NOW);
		record.verify(OFFICE, false, NOW);
		record.revoke(GROUP, "重复报送", NOW);
		assertThat(record.status()).isEqualTo(ActivityStatus.REVOKED);
		assertThat(record.history()).extracting(ActivityHistory::status)
			.containsExactly(ActivityStatus.SUBMITTED, ActivityStatus.RECORDED, ActivityStatus.RETURNED,
					ActivityStatus.SUBMITTED, ActivityStatus.RECORDED, ActivityStatus.VERIFIED, ActivityStatus.REVOKED);
		assertThat(record.history()).extracting(ActivityHistory::reason)
			.containsExactly(null, null, "请补充照片", null, null, null, "重复报送");
		assertThat(record.history()).extracting(ActivityHistory::byUsername)
			.containsExactly("rep", "staff", "office", "staff", "staff", "office", "group");
	}

	@Test
	void refusesToVerifyAReportNotYetRecorded() {
		assertThatThrownBy(() -> submitted().verify(OFFICE, false, NOW)).isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void refusesASecondVerification() {
		ActivityRecord record = recorded();
		record.verify(OFFICE, false, NOW);
		assertThatThrownBy(() -> record.verify(OFFICE, false, NOW)).isInstanceOf(Problem.Conflict.class);
		assertThat(record.history()).hasSize(2);
	}

	@Test
	void refusesToRevokeARecordThatIsNotVerified() {
		assertThatThrownBy(() -> recorded().revoke(GROUP, "理由", NOW)).isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void refusesToReturnAReportNotYetRecorded() {
		assertThatThrownBy(() -> submitted().returnForInformation(OFFICE, "理由", NOW))
			.isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void refusesToAmendARecordThatWasNotReturned() {
		assertThatThrownBy(() -> recorded().amend(STAFF, details(), NOW)).isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void rejectsReportsAndRecordsButNotVerifiedOnes() {
		ActivityRecord report = submitted();
		report.reject(OFFICE, "不属实", NOW);
		assertThat(report.status()).isEqualTo(ActivityStatus.REJECTED);
		ActivityRecord verified = recorded();
		verified.verify(OFFICE, false, NOW);
		assertThatThrownBy(() -> verified.reject(OFFICE, "不属实", NOW)).isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void needsAReasonToRejectReturnOrRevoke() {
		assertThatThrownBy(() -> recorded().reject(OFFICE, "  ", NOW)).isInstanceOfSatisfying(Problem.Invalid.class,
				p -> assertThat(p.fields()).extracting(Problem.FieldViolation::field).containsExactly("reason"));
		assertThatThrownBy(() -> recorded().returnForInformation(OFFICE, null, NOW))
			.isInstanceOf(Problem.Invalid.class);
		ActivityRecord verified = recorded();
		verified.verify(OFFICE, false, NOW);
		assertThatThrownBy(() -> verified.revoke(GROUP, "", NOW)).isInstanceOf(Problem.Invalid.class);
		assertThat(verified.status()).isEqualTo(ActivityStatus.VERIFIED);
	}

	@Test
	void nobodyDecidesAboutARecordOfTheirOwn() {
		var officeMember = new Actor("me", 1, java.util.EnumSet.of(Role.OFFICE, Role.REPRESENTATIVE), null, 7L);
		assertThatThrownBy(() -> recorded().verify(officeMember, false, NOW)).isInstanceOf(Problem.Forbidden.class);
		assertThatThrownBy(() -> recorded().reject(officeMember, "x", NOW)).isInstanceOf(Problem.Forbidden.class);
		assertThatThrownBy(() -> recorded().returnForInformation(officeMember, "x", NOW))
			.isInstanceOf(Problem.Forbidden.class);
		var groupMember = new Actor("me", 1, java.util.EnumSet.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), null,
				7L);
		ActivityRecord verified = recorded();
		verified.verify(OFFICE, false, NOW);
		assertThatThrownBy(() -> verified.revoke(groupMember, "x", NOW)).isInstanceOf(Problem.Forbidden.class);
	}

	@Test
	void cannotVerifyWithoutTheSatisfactionItsItemNeeds() {
		ActivityRecord record = recorded();
		assertThatThrownBy(() -> record.verify(OFFICE, true, NOW)).isInstanceOfSatisfying(Problem.Invalid.class,
				p -> assertThat(p.fields()).extracting(Problem.FieldViolation::field).containsExactly("satisfaction"));
		assertThat(record.status()).isEqualTo(ActivityStatus.RECORDED);
	}

	@Test
	void theEvaluationGroupVerifiesARejectedRecordOnlyWithAReason() {
		ActivityRecord record = recorded();
		record.reject(OFFICE, "材料不足", NOW);
		assertThatThrownBy(() -> record.verifyAfterReview(GROUP, " ", false, NOW)).isInstanceOf(Problem.Invalid.class);
		record.verifyAfterReview(GROUP, "复核后认定", false, NOW);
		assertThat(record.status()).isEqualTo(ActivityStatus.VERIFIED);
		assertThat(record.latestReason()).contains("复核后认定");
	}

	static ActivityRecord referred() {
		ActivityRecord record = recorded();
		record.refer(OFFICE, "难以评定是否属于视察", NOW);
		return record;
	}

	@Test
	void theOfficeRefersARecordedActivityWithAReasonAndTheHistoryShowsTheReferral() {
		ActivityRecord record = referred();
		assertThat(record.status()).isEqualTo(ActivityStatus.REFERRED);
		assertThat(record.status().isLive()).isTrue();
		assertThat(record.status().isOpen()).isFalse();
		assertThat(record.status().isDecided()).isFalse();
		assertThat(record.history()).last()
			.isEqualTo(new ActivityHistory(ActivityStatus.REFERRED, "office", NOW, "难以评定是否属于视察"));
		assertThat(record.latestReason()).contains("难以评定是否属于视察");
	}

	@Test
	void refersOnlyARecordedActivityOnlyWithAReasonAndNeverOneAboutOneself() {
		assertThatThrownBy(() -> submitted().refer(OFFICE, "理由", NOW)).isInstanceOf(Problem.Conflict.class);
		assertThatThrownBy(() -> referred().refer(OFFICE, "理由", NOW)).isInstanceOf(Problem.Conflict.class);
		ActivityRecord verified = recorded();
		verified.verify(OFFICE, false, NOW);
		assertThatThrownBy(() -> verified.refer(OFFICE, "理由", NOW)).isInstanceOf(Problem.Conflict.class);
		ActivityRecord record = recorded();
		assertThatThrownBy(() -> record.refer(OFFICE, " ", NOW)).isInstanceOfSatisfying(Problem.Invalid.class,
				p -> assertThat(p.fields()).extracting(Problem.FieldViolation::field).containsExactly("reason"));
		var officeMember = new Actor("me", 1, java.util.EnumSet.of(Role.OFFICE, Role.REPRESENTATIVE), null, 7L);
		assertThatThrownBy(() -> record.refer(officeMember, "理由", NOW)).isInstanceOf(Problem.Forbidden.class);
		assertThat(record.status()).isEqualTo(ActivityStatus.RECORDED);
		assertThat(record.history()).hasSize(1);
	}

	@Test
	void whoReferredARecordDoesNotDecideItEvenInTheEvaluationGroup() {
		var both = new Actor("office", 1, java.util.EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP), null, null);
		assertThatThrownBy(() -> referred().verifyAfterReview(both, "属实", false, NOW))
			.isInstanceOf(Problem.Forbidden.class);
		assertThatThrownBy(() -> referred().reject(both, "不属实", NOW)).isInstanceOf(Problem.Forbidden.class);
		assertThatThrownBy(() -> referred().returnForInformation(both, "请补充", NOW))
			.isInstanceOf(Problem.Forbidden.class);
		ActivityRecord record = referred();
		record.reject(GROUP, "不属实", NOW);
		assertThat(record.status()).isEqualTo(ActivityStatus.REJECTED);
	}

	@Test
	void aReferredRecordIsVerifiedWithAReasonRejectedOrReturnedButNeverVerifiedWithoutOne() {
		assertThatThrownBy(() -> referred().verify(OFFICE, false, NOW)).isInstanceOf(Problem.Conflict.class);
		assertThatThrownBy(() -> referred().verifyAfterReview(GROUP, "", false, NOW))
			.isInstanceOf(Problem.Invalid.class);
		assertThatThrownBy(() -> referred().verifyAfterReview(GROUP, "属实", true, NOW))
			.isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.fields())
				.extracting(Problem.FieldViolation::field).containsExactly("satisfaction"));
		ActivityRecord verified = referred();
		verified.verifyAfterReview(GROUP, "经复核属实", false, NOW);
		assertThat(verified.history()).extracting(ActivityHistory::status)
			.containsExactly(ActivityStatus.RECORDED, ActivityStatus.REFERRED, ActivityStatus.VERIFIED);
		assertThat(verified.latestReason()).contains("经复核属实");
		ActivityRecord rejected = referred();
		rejected.reject(GROUP, "经复核不属实", NOW);
		assertThat(rejected.status()).isEqualTo(ActivityStatus.REJECTED);
		ActivityRecord returned = referred();
		returned.returnForInformation(GROUP, "请补充现场照片", NOW);
		assertThat(returned.status()).isEqualTo(ActivityStatus.RETURNED);
		assertThat(returned.history()).extracting(ActivityHistory::byUsername).containsExactly("staff", "office", "group");
		assertThatThrownBy(() -> referred().returnForInformation(GROUP, null, NOW)).isInstanceOf(Problem.Invalid.class);
		var groupMember = new Actor("me", 1, java.util.EnumSet.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), null,
				7L);
		assertThatThrownBy(() -> referred().verifyAfterReview(groupMember, "x", false, NOW))
			.isInstanceOf(Problem.Forbidden.class);
		assertThatThrownBy(() -> referred().reject(groupMember, "x", NOW)).isInstanceOf(Problem.Forbidden.class);
	}

	@Test
	void checksTheFieldsOfTheDetails() {
		var wrong = new ActivityDetails(null, TODAY.plusDays(1), " ", "x".repeat(4001), "p".repeat(201),
				new BigDecimal("24.5"), null);
		assertThat(wrong.violations(TODAY)).extracting(Problem.FieldViolation::field)
			.containsExactly("itemCode", "occurredOn", "title", "description", "place", "hours");
		assertThat(new ActivityDetails(1, TODAY, "t", null, null, new BigDecimal("1.25"), null).violations(TODAY))
			.extracting(Problem.FieldViolation::field).containsExactly("hours");
		assertThat(new ActivityDetails(1, TODAY, "t", null, null, BigDecimal.ZERO, null).violations(TODAY))
			.extracting(Problem.FieldViolation::field).containsExactly("hours");
		assertThat(new ActivityDetails(1, TODAY, "t", null, null, new BigDecimal("24.0"), null).violations(TODAY))
			.isEmpty();
	}
}
