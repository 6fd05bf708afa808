package cn.lvzhi.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Activities with the roster and the standard: a representative's report waits for their
 * workstation's staff, the office verifies it, and each step is announced with an event for the
 * ledger and the audit trail. (The ledger, evaluation and publication are not in this context:
 * their ports are fakes, see {@code ModulePorts}.)
 */
@ModuleTest
class ActivitiesModuleTests {

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	final Fixtures fixtures;

	final Activities activities;

	final Actor office;

	ActivitiesModuleTests(ApplicationContext context, Activities activities) {
		this.fixtures = new Fixtures(context);
		this.activities = activities;
		this.office = Actor.of("activities-office", fixtures.district, Role.OFFICE);
	}

	@Test
	void aReportIsRecordedByItsWorkstationAndVerifiedByTheOfficeAnnouncingEachStep(Scenario scenario) {
		Workstation community = fixtures.community();
		Representative rep = fixtures.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		Actor self = Actor.representative("activities-rep", fixtures.district, rep.id());
		Actor staff = Actor.staff("activities-staff", fixtures.district, community.id());

		var report = new AtomicReference<ActivityRecord>();
		scenario
			.stimulate(() -> activities.create(self, rep.id(),
					new ActivityDetails(1, DAY, Fixtures.unique("值班"), null, null, null, null)))
			.andWaitForEventOfType(ActivityReported.class)
			.matching(event -> event.representativeId() == rep.id())
			.toArriveAndVerify((event, record) -> {
				assertThat(record.status()).isEqualTo(ActivityStatus.SUBMITTED);
				assertThat(event.activityId()).isEqualTo(record.id());
				report.set(record);
			});
		ActivityRecord reported = report.get();

		scenario.stimulate(() -> activities.record(staff, reported.id()))
			.andWaitForEventOfType(ActivityRecorded.class)
			.matching(event -> event.activityId() == reported.id())
			.toArriveAndVerify((event, record) -> assertThat(record.status()).isEqualTo(ActivityStatus.RECORDED));

		scenario.stimulate(() -> activities.verify(office, reported.id(), null))
			.andWaitForEventOfType(ActivityVerified.class)
			.matching(verified -> verified.activityId() == reported.id())
			.toArriveAndVerify((verified, record) -> {
				assertThat(verified.representativeId()).isEqualTo(rep.id());
				assertThat(verified.by()).isEqualTo("activities-office");
				assertThat(record.status()).isEqualTo(ActivityStatus.VERIFIED);
				assertThat(record.history()).extracting(ActivityHistory::status)
					.containsExactly(ActivityStatus.SUBMITTED, ActivityStatus.RECORDED, ActivityStatus.VERIFIED);
			});
	}

	@Test
	void staffOfAnotherWorkstationMayNotRecordAReportAndNothingIsAnnounced(AssertablePublishedEvents events) {
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		Actor self = Actor.representative("activities-rep", fixtures.district, rep.id());
		Actor stranger = Actor.staff("activities-stranger", fixtures.district, fixtures.community().id());
		ActivityRecord reported = activities.create(self, rep.id(),
				new ActivityDetails(1, DAY, Fixtures.unique("值班"), null, null, null, null));
		assertThatThrownBy(() -> activities.record(stranger, reported.id())).isInstanceOf(Problem.Forbidden.class);
		assertThat(activities.getFor(office, reported.id()).status()).isEqualTo(ActivityStatus.SUBMITTED);
		assertThat(events.ofType(ActivityRecorded.class).matching(ActivityRecorded::activityId, reported.id()))
			.isEmpty();
	}
}
