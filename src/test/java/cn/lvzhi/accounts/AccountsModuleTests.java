package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;

import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Accounts with the roster they link to: a new user is announced for the audit trail, a staff
 * account needs a workstation of its own district, and the first administrator is made once.
 */
@ModuleTest
class AccountsModuleTests {

	final ApplicationContext context;

	final Fixtures fixtures;

	final Users users;

	final AdminBootstrap bootstrap;

	final UserRepository repository;

	AccountsModuleTests(ApplicationContext context, Users users, AdminBootstrap bootstrap, UserRepository repository) {
		this.context = context;
		this.fixtures = new Fixtures(context);
		this.users = users;
		this.bootstrap = bootstrap;
		this.repository = repository;
	}

	@Test
	void createsAStaffAccountOfAWorkstationAndAnnouncesIt(AssertablePublishedEvents events) {
		Workstation community = fixtures.community();
		String username = fixtures.staffOf(community);
		User user = users.findByUsername(username).orElseThrow();
		assertThat(user.roles()).containsExactly(Role.WORKSTATION_STAFF);
		assertThat(user.workstationId()).contains(community.id());
		assertThat(events).contains(AccountEvent.class)
			.matching(AccountEvent::action, "USER_CREATED")
			.matching(AccountEvent::userId, user.id());
	}

	@Test
	void refusesAStaffAccountOfAnotherDistrictsWorkstation(AssertablePublishedEvents events) {
		Workstation elsewhere = Fixtures.inNewDistrictWithoutStandard(context).community();
		String username = Fixtures.unique("staff-");
		assertThatThrownBy(() -> users.create(new Users.NewUser(username, "测试", TestUsers.PASSWORD,
				EnumSet.of(Role.WORKSTATION_STAFF), elsewhere.id(), null), fixtures.district))
			.isInstanceOfSatisfying(Problem.Invalid.class, invalid -> assertThat(invalid.fields())
				.extracting(Problem.FieldViolation::messageKey)
				.containsExactly("validation.user.workstation-unknown"));
		assertThat(users.findByUsername(username)).isEmpty();
		assertThat(events.ofType(AccountEvent.class).matching(AccountEvent::username, username)).isEmpty();
	}

	@Test
	void createsNoUserWhenUsersExist() {
		long before = repository.count();
		assertThat(before).isPositive();
		bootstrap.run(null);
		assertThat(repository.count()).isEqualTo(before);
	}
}
