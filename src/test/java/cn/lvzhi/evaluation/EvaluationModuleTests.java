package cn.lvzhi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Role;

/**
 * Evaluation with everything it builds on: a representative asks for a review of a rejected
 * record, the record is under review for activities (the real {@code ReviewsInProgress} port),
 * and the group's amending decision verifies it, so that the ledger books its points in the
 * decision's transaction.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
class EvaluationModuleTests {

	static final int YEAR = 2021;

	final Fixtures fixtures;

	final Activities activities;

	final Reviews reviews;

	final Ledger ledger;

	final Actor office;

	final Actor group;

	EvaluationModuleTests(ApplicationContext context, Activities activities, Reviews reviews, Ledger ledger) {
		this.fixtures = new Fixtures(context);
		this.activities = activities;
		this.reviews = reviews;
		this.ledger = ledger;
		this.office = Actor.of("evaluation-office", fixtures.district, Role.OFFICE);
		this.group = Actor.of("evaluation-group", fixtures.district, Role.EVALUATION_GROUP);
	}

	@Test
	void anAmendingDecisionOnAReviewVerifiesTheRecordAndTheLedgerBooksIt(Scenario scenario) {
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		Actor self = Actor.representative("evaluation-rep", fixtures.district, rep.id());
		ActivityRecord rejected = activities.reject(office, activities.create(office, rep.id(),
				new ActivityDetails(1, LocalDate.of(YEAR, 3, 15), Fixtures.unique("值班"), null, null, null, null))
			.id(), "材料不全");

		var requested = new AtomicReference<ReviewRequest>();
		scenario.stimulate(() -> reviews.request(self, rejected.id(), "有签到表为证"))
			.andWaitForEventOfType(ReviewRequested.class)
			.matching(event -> event.activityId() == rejected.id())
			.toArriveAndVerify((event, review) -> {
				assertThat(event.representativeId()).isEqualTo(rep.id());
				assertThat(reviews.underReview(rejected.id())).isTrue();
				requested.set(review);
			});

		scenario
			.stimulate(() -> reviews.decide(group, requested.get().id(),
					new Decision(Outcome.AMENDED, "材料齐全,予以认定", new Amendment(Amendment.Type.VERIFY, null))))
			.andWaitForEventOfType(CaseDecided.class)
			.matching(decided -> decided.caseId() == requested.get().id())
			.toArriveAndVerify(decided -> {
				assertThat(decided.outcome()).isEqualTo(Outcome.AMENDED);
				assertThat(activities.getFor(office, rejected.id()).status()).isEqualTo(ActivityStatus.VERIFIED);
				assertThat(ledger.statement(office, rep.id(), YEAR).total()).isEqualTo(5);
				assertThat(reviews.underReview(rejected.id())).isFalse();
			});
	}
}
