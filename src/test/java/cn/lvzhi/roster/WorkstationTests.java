package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;

/** The workstation aggregate checks its name, type and display order. */
class WorkstationTests {

	static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

	@Test
	void createsAndRenamesAWorkstation() {
		Workstation w = Workstation.create(1, " 沙头角社区党代表工作室 ", WorkstationType.COMMUNITY, 3, NOW);
		assertThat(w.name()).isEqualTo("沙头角社区党代表工作室");
		w.change("海山社区党代表工作室", WorkstationType.COMMUNITY, 1, NOW.plusSeconds(60));
		assertThat(w.name()).isEqualTo("海山社区党代表工作室");
		assertThat(w.displayOrder()).isEqualTo(1);
		assertThat(w.updatedAt()).isAfter(w.createdAt());
	}

	@Test
	void refusesABlankOrLongNameNoTypeAndANegativeOrder() {
		assertThatThrownBy(() -> Workstation.create(1, "x".repeat(101), null, -1, NOW))
			.isInstanceOfSatisfying(Problem.Invalid.class, i -> assertThat(i.fields())
				.extracting(Problem.FieldViolation::field)
				.containsExactlyInAnyOrder("name", "type", "displayOrder"));
		assertThatThrownBy(() -> Workstation.create(1, " ", WorkstationType.INDUSTRY, 0, NOW))
			.isInstanceOf(Problem.Invalid.class);
	}
}
