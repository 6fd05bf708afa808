package cn.lvzhi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Publication with the ledger, activities, the standard and the roster: a quarter's list is a
 * snapshot of the ledger's standings, published when the evaluation group approves it, and the
 * cycle it closes after the fourth quarter refuses further verifications (the real
 * {@code ClosedCycles} port). Each test has a district of its own: lists are unique per quarter.
 * All dependencies: the ledger it reads needs activities, which publication only implements a
 * port of.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
class PublicationModuleTests {

	static final int YEAR = 2021;

	final ApplicationContext context;

	final Activities activities;

	final Publications publications;

	final Cycles cycles;

	final PublicationQueries queries;

	PublicationModuleTests(ApplicationContext context, Activities activities, Publications publications,
			Cycles cycles, PublicationQueries queries) {
		this.context = context;
		this.activities = activities;
		this.publications = publications;
		this.cycles = cycles;
		this.queries = queries;
	}

	ActivityRecord verified(Actor office, Representative rep, LocalDate day) {
		var record = activities.create(office, rep.id(),
				new ActivityDetails(14, day, Fixtures.unique("活动"), null, null, null, null));
		return activities.verify(office, record.id(), null);
	}

	@Test
	void aQuartersListIsTheLedgersStandingsPublishedOnApproval(Scenario scenario) {
		Fixtures district = Fixtures.inNewDistrict(context);
		Actor office = Actor.of("publication-office", district.district, Role.OFFICE);
		Actor group = Actor.of("publication-group", district.district, Role.EVALUATION_GROUP);
		Representative rep = district.representativeSince(district.community(), null, LocalDate.of(2015, 1, 1));
		verified(office, rep, LocalDate.of(YEAR, 2, 1));

		var drafted = new AtomicReference<Publication>();
		scenario.stimulate(() -> publications.draft(office, YEAR, 1))
			.andWaitForEventOfType(PublicationDrafted.class)
			.matching(event -> event.districtId() == district.district)
			.toArriveAndVerify((event, list) -> {
				assertThat(list.status()).isEqualTo(PublicationStatus.DRAFT);
				assertThat(list.asOf()).isEqualTo(LocalDate.of(YEAR, 3, 31));
				assertThat(list.rows()).singleElement().satisfies(row -> {
					assertThat(row.representativeId()).isEqualTo(rep.id());
					assertThat(row.total()).isEqualTo(20);
				});
				drafted.set(list);
			});
		Publication draft = drafted.get();

		scenario.stimulate(() -> publications.approve(group, draft.id()))
			.andWaitForEventOfType(PublicationPublished.class)
			.matching(published -> published.publicationId() == draft.id())
			.toArriveAndVerify((published, list) -> {
				assertThat(list.isPublished()).isTrue();
				assertThat(published.contentHash()).isEqualTo(draft.contentHash());
				assertThat(queries.published(district.district, YEAR)).extracting(PublicationSummary::id)
					.containsExactly(draft.id());
			});
	}

	@Test
	void aClosedCycleRefusesAVerification(Scenario scenario) {
		Fixtures district = Fixtures.inNewDistrict(context);
		Actor office = Actor.of("publication-office", district.district, Role.OFFICE);
		Actor group = Actor.of("publication-group", district.district, Role.EVALUATION_GROUP);
		Representative rep = district.representativeSince(district.community(), null, LocalDate.of(2015, 1, 1));
		var late = activities.create(office, rep.id(),
				new ActivityDetails(14, LocalDate.of(YEAR, 11, 1), Fixtures.unique("活动"), null, null, null, null));
		for (int quarter = 1; quarter <= 4; quarter++) {
			publications.approve(group, publications.draft(office, YEAR, quarter).id());
		}

		scenario.stimulate(() -> cycles.close(office, YEAR))
			.andWaitForEventOfType(CycleClosed.class)
			.matching(closed -> closed.districtId() == district.district)
			.toArriveAndVerify(closed -> assertThat(closed.year()).isEqualTo(YEAR));
		assertThatThrownBy(() -> activities.verify(office, late.id(), null)).isInstanceOfSatisfying(
				Problem.Conflict.class,
				conflict -> assertThat(conflict.messageKey()).isEqualTo("activities.problem.cycle-closed"));
	}
}
