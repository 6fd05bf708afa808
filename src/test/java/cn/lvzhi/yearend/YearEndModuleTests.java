package cn.lvzhi.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The year-end evaluation with the ledger, activities, the standard and the roster: a
 * representative's sheet shows the year-end points the ledger booked, the group's evaluation is
 * saved in versions and announced, and a save from a stale version is refused.
 */
@ModuleTest
class YearEndModuleTests {

	static final int YEAR = 2023;

	final Fixtures fixtures;

	final Activities activities;

	final YearEndEvaluations yearEnd;

	final YearEndSheets sheets;

	final Actor office;

	final Actor group;

	YearEndModuleTests(ApplicationContext context, Activities activities, YearEndEvaluations yearEnd,
			YearEndSheets sheets) {
		this.fixtures = new Fixtures(context);
		this.activities = activities;
		this.yearEnd = yearEnd;
		this.sheets = sheets;
		this.office = Actor.of("yearend-office", fixtures.district, Role.OFFICE);
		this.group = Actor.of("yearend-group", fixtures.district, Role.EVALUATION_GROUP);
	}

	static Assessment.Input grading(Grade grade) {
		return new Assessment.Input(10, 3, 0, 40, 5, 1, true, false, grade, "建议通报表扬", "", "");
	}

	@Test
	void theGroupsEvaluationIsSavedInVersionsBesideTheYearEndPoints(Scenario scenario) {
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		activities.verify(office, activities.create(office, rep.id(),
				new ActivityDetails(14, LocalDate.of(YEAR, 5, 1), Fixtures.unique("活动"), null, null, null, null))
			.id(), null);

		scenario.stimulate(() -> yearEnd.save(group, YEAR, rep.id(), null, grading(Grade.COMPETENT)))
			.andWaitForEventOfType(YearEndEvent.class)
			.matching(event -> event.action().equals("YEAR_END_EVALUATION_RECORDED"))
			.toArriveAndVerify((event, saved) -> {
				assertThat(saved.created()).isTrue();
				assertThat(saved.sheet().points().total()).isEqualTo(20);
				assertThat(saved.sheet().evaluation().version()).isEqualTo(1);
				assertThat(saved.sheet().evaluation().assessment().grade()).isEqualTo(Grade.COMPETENT);
			});

		var changed = yearEnd.save(group, YEAR, rep.id(), 1, grading(Grade.EXCELLENT));
		assertThat(changed.sheet().evaluation().version()).isEqualTo(2);
		assertThatThrownBy(() -> yearEnd.save(group, YEAR, rep.id(), 1, grading(Grade.INCOMPETENT)))
			.isInstanceOf(Problem.Conflict.class);
		assertThat(sheets.sheet(office, YEAR, rep.id()).evaluation().assessment().grade()).isEqualTo(Grade.EXCELLENT);
	}
}
