package cn.lvzhi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The standard with the roster (a district's time zone): a district's versions are numbered in
 * order, announced when created, and each is in force from its day until the next one's.
 */
@ModuleTest
class StandardModuleTests {

	final ApplicationContext context;

	final Standards standards;

	final StandardVersion first;

	StandardModuleTests(ApplicationContext context, Standards standards) {
		this.context = context;
		this.standards = standards;
		this.first = standards.version(new Fixtures(context).district, 1);
	}

	@Test
	void aNewDistrictsVersionsAreNumberedAnnouncedAndInForceFromTheirDay(Scenario scenario) {
		long district = Fixtures.inNewDistrictWithoutStandard(context).district;
		Actor office = Actor.of("standard-office", district, Role.OFFICE);
		LocalDate from = LocalDate.of(2016, 1, 1);
		scenario.stimulate(() -> standards.create(district, NewVersion.copyOf(first, from, "首版"), office))
			.andWaitForEventOfType(StandardVersionCreated.class)
			.matching(created -> created.districtId() == district)
			.toArriveAndVerify((created, version) -> {
				assertThat(created.version()).isEqualTo(1);
				assertThat(created.itemCount()).isEqualTo(first.items().size());
				assertThat(version.number()).isEqualTo(1);
			});
		StandardVersion second = standards.create(district,
				NewVersion.copyOf(first, LocalDate.of(2020, 1, 1), "修订版"), office);
		assertThat(second.number()).isEqualTo(2);

		assertThatThrownBy(() -> standards.inForce(district, from.minusDays(1))).isInstanceOf(Problem.NotFound.class);
		assertThat(standards.inForce(district, from).name()).isEqualTo("首版");
		assertThat(standards.inForce(district, LocalDate.of(2019, 12, 31)).name()).isEqualTo("首版");
		assertThat(standards.inForce(district, LocalDate.of(2020, 1, 1)).name()).isEqualTo("修订版");
	}

	@Test
	void aSecondVersionFromTheSameDayIsRefused() {
		long district = Fixtures.inNewDistrictWithoutStandard(context).district;
		Actor office = Actor.of("standard-office", district, Role.OFFICE);
		LocalDate from = LocalDate.of(2016, 1, 1);
		standards.create(district, NewVersion.copyOf(first, from, "首版"), office);
		assertThatThrownBy(() -> standards.create(district, NewVersion.copyOf(first, from, "同日版"), office))
			.isInstanceOfSatisfying(Problem.Conflict.class,
					conflict -> assertThat(conflict.messageKey()).isEqualTo("problem.standard.effective-taken"));
		assertThat(standards.versions(district)).hasSize(1);
	}
}
