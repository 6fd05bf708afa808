package cn.lvzhi.roster;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.shared.Role;

/**
 * Test data for the roster: workstations, representatives and users of each role, all with
 * unique names (the data of a test context is shared by every test class using it).
 */
class RosterFixtures {

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

	final Users users;

	final Workstations workstations;

	final Representatives representatives;

	final long district;

	RosterFixtures(ApplicationContext context) {
		this.users = context.getBean(Users.class);
		this.workstations = context.getBean(Workstations.class);
		this.representatives = context.getBean(Representatives.class);
		this.district = context.getBean(Districts.class).defaultDistrict().id();
	}

	static String unique(String prefix) {
		return prefix + RUN + "x" + sequence.incrementAndGet();
	}

	/** A unique 11-digit mobile number. */
	static String phone() {
		return String.format("139%08d", Math.abs((RUN + sequence.incrementAndGet()).hashCode()) % 100_000_000);
	}

	Workstation community() {
		return workstations.create(district, unique("社区工作室"), WorkstationType.COMMUNITY, sequence.get());
	}

	Workstation industry() {
		return workstations.create(district, unique("行业工作室"), WorkstationType.INDUSTRY, sequence.get());
	}

	Representative representative(Workstation community) {
		return representative(community, null);
	}

	Representative representative(Workstation community, Workstation industry) {
		return representatives.register(district,
				new RepresentativeDetails(unique("代表"), Gender.FEMALE, "某单位", "书记", phone(), "某选举单位", "第三届",
						community.id(), industry == null ? null : industry.id(), null));
	}

	/** A user holding just this role (not WORKSTATION_STAFF or REPRESENTATIVE, which need a link). */
	String user(Role role) {
		return user(role, null, null);
	}

	String staffOf(Workstation workstation) {
		return user(Role.WORKSTATION_STAFF, workstation.id(), null);
	}

	String userOf(Representative representative) {
		return user(Role.REPRESENTATIVE, null, representative.id());
	}

	String user(Role role, Long workstationId, Long representativeId) {
		String username = unique(role.name().toLowerCase().replace('_', '-') + "-");
		users.create(new Users.NewUser(username, "测试" + username, TestUsers.PASSWORD, EnumSet.of(role), workstationId,
				representativeId), district);
		return username;
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestUsers.PASSWORD);
	}

	static RequestPostProcessor asAdmin() {
		return httpBasic("admin", TestUsers.ADMIN_PASSWORD);
	}
}
