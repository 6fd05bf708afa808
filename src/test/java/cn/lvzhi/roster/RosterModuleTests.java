package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;

import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.TestClock;
import cn.lvzhi.shared.Problem;

/**
 * The roster on its own (it depends on no other module): registering and ending a term, each
 * announced with an event for the audit trail, and a representative's community workstation that
 * must be a community workstation of the district.
 */
@ModuleTest
class RosterModuleTests {

	final Fixtures fixtures;

	final Representatives representatives;

	final TestClock clock;

	RosterModuleTests(ApplicationContext context, Representatives representatives, TestClock clock) {
		this.fixtures = new Fixtures(context);
		this.representatives = representatives;
		this.clock = clock;
	}

	@Test
	void registersARepresentativeAndEndsTheTermAnnouncingBoth(AssertablePublishedEvents events) {
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		LocalDate today = LocalDate.now(clock);
		Representative ended = representatives.end(fixtures.district, rep.id(), today, "调离");
		assertThat(ended.isActive()).isFalse();
		assertThat(events).contains(RosterEvent.class)
			.matching(RosterEvent::action, "REPRESENTATIVE_CREATED")
			.matching(RosterEvent::recordId, String.valueOf(rep.id()));
		assertThat(events).contains(RosterEvent.class)
			.matching(RosterEvent::action, "REPRESENTATIVE_ENDED")
			.matching(RosterEvent::summary, rep.name() + ": ended " + today + ", 调离");
	}

	@Test
	void refusesAnIndustryWorkstationAsTheCommunityOneAndAnnouncesNothing(AssertablePublishedEvents events) {
		Workstation industry = fixtures.industry();
		assertThatThrownBy(() -> fixtures.representative(industry)).isInstanceOf(Problem.Invalid.class);
		assertThat(events.ofType(RosterEvent.class)
			.matching(e -> e.action().equals("REPRESENTATIVE_CREATED"))).isEmpty();
	}
}
