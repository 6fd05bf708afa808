package cn.lvzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.accounts.Users;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeDetails;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.WorkstationType;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * Test data for the roster: workstations, representatives and users of each role, all with
 * unique names (the data of a test context is shared by every test class using it).
 */
public class Fixtures {

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

	public final Users users;

	public final Workstations workstations;

	public final Representatives representatives;

	/** null in a module test without the activities module. */
	private final SourcedRecords sourced;

	public final long district;

	public Fixtures(ApplicationContext context) {
		this(context, context.getBean(Districts.class).defaultDistrict().id());
	}

	private Fixtures(ApplicationContext context, long district) {
		// null in a module test without the accounts module: user(...) needs it, the roster does not
		this.users = context.getBeanProvider(Users.class).getIfAvailable();
		this.workstations = context.getBean(Workstations.class);
		this.representatives = context.getBean(Representatives.class);
		this.sourced = context.getBeanProvider(SourcedRecords.class).getIfAvailable();
		this.district = district;
	}

	/**
	 * A {@code RECORDED} record of an item that only casework creates (2, 3, 7, 8, 9; DOMAIN.md 11),
	 * as if from an appeal ({@code satisfaction} for item 3) or a proposal; its id.
	 */
	public long fromCasework(long representativeId, int item, java.time.LocalDate day, Satisfaction satisfaction) {
		var source = item == 2 || item == 3 ? RecordSource.appeal(nextId()) : RecordSource.proposal(nextId());
		return sourced.record(Actor.of("casework-fixture", district, Role.OFFICE), representativeId,
				new ActivityDetails(item, day, unique("来自办理"), null, null, null, satisfaction), source).id();
	}

	/** {@link #fromCasework(long, int, java.time.LocalDate, Satisfaction)} without a rating. */
	public long fromCasework(long representativeId, int item, java.time.LocalDate day) {
		return fromCasework(representativeId, item, day, null);
	}

	/**
	 * Test data in a district of its own, with a copy of the default district's standard: for
	 * tests of what is unique per district and year (a quarter's list, a closed cycle), which
	 * would otherwise meet the lists of other tests sharing the database.
	 */
	public static Fixtures inNewDistrict(ApplicationContext context) {
		Fixtures fixtures = inNewDistrictWithoutStandard(context);
		var standards = context.getBean(cn.lvzhi.standard.Standards.class);
		long defaultDistrict = context.getBean(Districts.class).defaultDistrict().id();
		var first = standards.version(defaultDistrict, 1);
		standards.create(fixtures.district,
				cn.lvzhi.standard.NewVersion.copyOf(first, first.effectiveFrom(), first.name()),
				Actor.of("fixtures", fixtures.district, Role.OFFICE));
		return fixtures;
	}

	/** Test data in a district of its own that has no standard yet (a module test without one). */
	public static Fixtures inNewDistrictWithoutStandard(ApplicationContext context) {
		var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		String code = unique("d");
		jdbc.sql("insert into district (code, name, time_zone, created_at) values (?, ?, 'Asia/Shanghai', ?)")
			.params(code, unique("测试区"), java.time.OffsetDateTime.now(context.getBean(TestClock.class)))
			.update();
		long id = jdbc.sql("select id from district where code = ?").param(code).query(Long.class).single();
		return new Fixtures(context, id);
	}

	/** The code of this fixture's district (the public pages name a district by it). */
	public String districtCode(ApplicationContext context) {
		return context.getBean(Districts.class).of(district).code();
	}

	public static String unique(String prefix) {
		return prefix + RUN + "x" + sequence.incrementAndGet();
	}

	/** A number not handed out before in this run, e.g. the id of a made-up casework source. */
	public static long nextId() {
		return sequence.incrementAndGet();
	}

	/** A unique 11-digit mobile number. */
	public static String phone() {
		return String.format("139%08d", Math.abs((RUN + sequence.incrementAndGet()).hashCode()) % 100_000_000);
	}

	public Workstation community() {
		return workstations.create(district, unique("社区工作室"), WorkstationType.COMMUNITY, sequence.get());
	}

	public Workstation industry() {
		return workstations.create(district, unique("行业工作室"), WorkstationType.INDUSTRY, sequence.get());
	}

	public Representative representative(Workstation community) {
		return representative(community, null);
	}

	public Representative representative(Workstation community, Workstation industry) {
		return representativeSince(community, industry, null);
	}

	/** A representative whose term started on {@code startedOn} ({@code null}: today), for records of past days. */
	public Representative representativeSince(Workstation community, Workstation industry, java.time.LocalDate startedOn) {
		return representatives.register(district,
				new RepresentativeDetails(unique("代表"), Gender.FEMALE, "某单位", "书记", phone(), "某选举单位", "第三届",
						community.id(), industry == null ? null : industry.id(), startedOn));
	}

	/** A user holding just this role (not WORKSTATION_STAFF or REPRESENTATIVE, which need a link). */
	public String user(Role role) {
		return user(role, null, null);
	}

	public String staffOf(Workstation workstation) {
		return user(Role.WORKSTATION_STAFF, workstation.id(), null);
	}

	public String userOf(Representative representative) {
		return user(Role.REPRESENTATIVE, null, representative.id());
	}

	/**
	 * A user holding {@code role}, with the workstation or roster record the role needs created
	 * for it (a new community workstation; a representative there).
	 */
	public String userWith(Role role) {
		Workstation workstation = role == Role.WORKSTATION_STAFF || role == Role.REPRESENTATIVE ? community() : null;
		Representative representative = role == Role.REPRESENTATIVE ? representative(workstation) : null;
		return user(role, workstation == null ? null : workstation.id(),
				representative == null ? null : representative.id());
	}

	public String user(Role role, Long workstationId, Long representativeId) {
		String username = unique(role.name().toLowerCase().replace('_', '-') + "-");
		users.create(new Users.NewUser(username, "测试" + username, TestUsers.PASSWORD, EnumSet.of(role), workstationId,
				representativeId), district);
		return username;
	}

	/**
	 * The people of a page test, made at once: a community workstation with two representatives
	 * ({@code rep}, {@code neighbour}) and its staff, another community workstation with one
	 * ({@code other}) and its staff, a user for {@code rep} and for {@code other}, and a user of the
	 * office and of the evaluation group. Terms started on {@link Cast#STARTED}, so records of any
	 * past day fall in them. Everything is made before the test looks, so a page that must not
	 * show {@code other} is asked after {@code other} exists.
	 */
	public Cast cast() {
		return new Cast(this);
	}

	/** See {@link Fixtures#cast()}. */
	public static final class Cast {

		/** The day every representative of the cast started their term. */
		public static final java.time.LocalDate STARTED = java.time.LocalDate.of(2015, 1, 1);

		public final Fixtures fixtures;

		public final Workstation community;

		public final Workstation otherCommunity;

		public final Representative rep;

		public final Representative neighbour;

		public final Representative other;

		public final String repUser;

		public final String otherUser;

		public final String staff;

		public final String otherStaff;

		public final String office;

		public final String group;

		Cast(Fixtures fixtures) {
			this.fixtures = fixtures;
			this.community = fixtures.community();
			this.otherCommunity = fixtures.community();
			this.rep = fixtures.representativeSince(community, null, STARTED);
			this.neighbour = fixtures.representativeSince(community, null, STARTED);
			this.other = fixtures.representativeSince(otherCommunity, null, STARTED);
			this.repUser = fixtures.userOf(rep);
			this.otherUser = fixtures.userOf(other);
			this.staff = fixtures.staffOf(community);
			this.otherStaff = fixtures.staffOf(otherCommunity);
			this.office = fixtures.user(Role.OFFICE);
			this.group = fixtures.user(Role.EVALUATION_GROUP);
		}
	}

	public static RequestPostProcessor as(String username) {
		return httpBasic(username, TestUsers.PASSWORD);
	}

	public static RequestPostProcessor asAdmin() {
		return httpBasic("admin", TestUsers.ADMIN_PASSWORD);
	}
}
