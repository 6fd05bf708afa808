package cn.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;

import cn.lvzhi.accounts.Users;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.evaluation.Complaints;
import cn.lvzhi.evaluation.Reviews;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeDetails;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.WorkstationType;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Role;

/**
 * Demo data for a trial ({@code demo} profile only): community and industry workstations, about
 * twenty representatives, and one user for each role, all with the demo password of README.
 * Runs once, on a database without workstations. The names and phone numbers are made up.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Workstations workstations;

	private final Representatives representatives;

	private final Users users;

	private final Districts districts;

	private final Activities activities;

	private final UserDetailsService accounts;

	private final Publications publications;

	private final Reviews reviews;

	private final Complaints complaints;

	private final DemoAppeals appeals;

	private final Clock clock;

	private final String password;

	DemoData(Workstations workstations, Representatives representatives, Users users, Districts districts,
			Activities activities, Publications publications, Reviews reviews, Complaints complaints,
			DemoAppeals appeals, UserDetailsService accounts, Clock clock,
			@Value("${lvzhi.demo.password}") String password) {
		this.appeals = appeals;
		this.publications = publications;
		this.reviews = reviews;
		this.complaints = complaints;
		this.workstations = workstations;
		this.representatives = representatives;
		this.users = users;
		this.districts = districts;
		this.activities = activities;
		this.accounts = accounts;
		this.clock = clock;
		this.password = password;
	}

	/** A made-up representative: name, gender, organisation, post, community index, industry index or -1. */
	record Person(String name, Gender gender, String organization, String position, int community, int industry) {
	}

	static final List<String> COMMUNITIES = List.of("沙头角社区党代表工作室", "田心社区党代表工作室", "海山社区党代表工作室",
			"梅沙社区党代表工作室", "盐田社区党代表工作室");

	static final List<String> INDUSTRIES = List.of("港口物流行业党代表工作室", "滨海旅游行业党代表工作室");

	static final List<Person> PEOPLE = List.of(
			new Person("王建国", Gender.MALE, "沙头角街道办事处", "党工委委员", 0, -1),
			new Person("李秀英", Gender.FEMALE, "沙头角社区工作站", "站长", 0, -1),
			new Person("张伟", Gender.MALE, "盐田港集团", "安全主管", 0, 0),
			new Person("刘芳", Gender.FEMALE, "沙头角小学", "副校长", 0, -1),
			new Person("陈志强", Gender.MALE, "田心社区股份合作公司", "董事长", 1, -1),
			new Person("杨丽", Gender.FEMALE, "田心社区党委", "副书记", 1, -1),
			new Person("赵军", Gender.MALE, "区交通运输局", "科长", 1, 0),
			new Person("黄敏", Gender.FEMALE, "区人民医院", "护士长", 1, -1),
			new Person("周海涛", Gender.MALE, "海山街道办事处", "副主任", 2, -1),
			new Person("吴静", Gender.FEMALE, "海山社区工作站", "社工", 2, -1),
			new Person("徐明", Gender.MALE, "盐田国际集装箱码头", "工程师", 2, 0),
			new Person("孙晓燕", Gender.FEMALE, "海山幼儿园", "园长", 2, -1),
			new Person("马国平", Gender.MALE, "梅沙街道办事处", "党工委副书记", 3, -1),
			new Person("朱红梅", Gender.FEMALE, "大梅沙旅游公司", "经理", 3, 1),
			new Person("胡斌", Gender.MALE, "梅沙社区居委会", "主任", 3, -1),
			new Person("郭丽华", Gender.FEMALE, "东部华侨城", "党委办公室主任", 3, 1),
			new Person("林东", Gender.MALE, "盐田街道办事处", "科员", 4, -1),
			new Person("何晓雯", Gender.FEMALE, "盐田社区工作站", "副站长", 4, -1),
			new Person("高志远", Gender.MALE, "盐田港海关", "科长", 4, 0),
			new Person("罗燕", Gender.FEMALE, "区图书馆", "馆员", 4, -1),
			new Person("郑永刚", Gender.MALE, "盐田区退役军人服务站", "站长", 4, -1));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long district = districts.defaultDistrict().id();
		if (!workstations.inDisplayOrder(district).isEmpty()) {
			return;
		}
		List<Workstation> communities = new java.util.ArrayList<>();
		for (int i = 0; i < COMMUNITIES.size(); i++) {
			communities.add(workstations.create(district, COMMUNITIES.get(i), WorkstationType.COMMUNITY, (i + 1) * 10));
		}
		List<Workstation> industries = new java.util.ArrayList<>();
		for (int i = 0; i < INDUSTRIES.size(); i++) {
			industries.add(workstations.create(district, INDUSTRIES.get(i), WorkstationType.INDUSTRY, 100 + (i + 1) * 10));
		}
		Representative first = null;
		List<Representative> registered = new java.util.ArrayList<>();
		for (int i = 0; i < PEOPLE.size(); i++) {
			Person p = PEOPLE.get(i);
			Representative r = representatives.register(district,
					new RepresentativeDetails(p.name(), p.gender(), p.organization(), p.position(),
							String.format("1380000%04d", 1001 + i), "盐田区第" + (p.community() + 1) + "选区", "第六届",
							communities.get(p.community()).id(),
							p.industry() < 0 ? null : industries.get(p.industry()).id(), LocalDate.of(2026, 1, 1)));
			registered.add(r);
			if (first == null) {
				first = r;
			}
		}
		user(district, "office", "区党代会常任制办公室", Role.OFFICE, null, null);
		user(district, "evaluation", "履职积分考评小组", Role.EVALUATION_GROUP, null, null);
		user(district, "staff", "沙头角社区工作室", Role.WORKSTATION_STAFF, communities.get(0).id(), null);
		user(district, "rep", first.name(), Role.REPRESENTATIVE, null, first.id());
		user(district, "auditor", "审计员", Role.AUDITOR, null, null);
		int records = activities(district, registered);
		int lists = quarterlyLists(district);
		casesForTheEvaluationGroup(district, registered);
		int appealCount = appeals.enter(new DemoAppeals.Cast(actor("staff"), actor("rep"), actor("office"),
				communities.get(0), communities.get(1), first, registered.get(1)),
				LocalDate.now(clock.withZone(districts.of(district).timeZone())));
		log.info("Demo data created: {} workstations, {} representatives, {} activity records, {} published quarterly"
				+ " lists, {} appeals, demo users office, evaluation, staff, rep, auditor (see README for the demo"
				+ " password)", COMMUNITIES.size() + INDUSTRIES.size(), PEOPLE.size(), records, lists, appealCount);
	}

	/** What a made-up activity of each item is called. */
	static final java.util.Map<Integer, String> TITLES = java.util.Map.of(1, "到挂点工作室值班接访",
			4, "到社区宣讲区党代会精神", 5, "参加社区邻里节活动", 6, "参加港区安全生产集中视察", 10, "参加对交通部门的询问活动",
			11, "提交关于完善代表履职考评的书面意见", 12, "参加海滨环保志愿活动");

	/** Items entered directly; those of casework (2, 3, 7, 8, 9) come from the demo's appeals and proposals. */
	static final int[] ITEMS = { 1, 1, 1, 1, 4, 5, 6, 10, 11, 12, 12 };

	/**
	 * A year of activity up to yesterday, reproducible (fixed seed): most records entered and
	 * verified by the office, some still waiting in each queue, and for the demo representative
	 * one report waiting for the workstation and one returned for more information.
	 */
	private int activities(long district, List<Representative> registered) {
		LocalDate today = LocalDate.now(clock.withZone(districts.of(district).timeZone()));
		LocalDate start = LocalDate.of(today.getYear(), 1, 1);
		long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
		if (days < 2) {
			return 0;
		}
		CurrentUser office = actor("office");
		var random = new java.util.Random(2026);
		int count = 0;
		for (Representative r : registered) {
			int n = 3 + random.nextInt(10);
			for (int k = 0; k < n; k++) {
				int item = ITEMS[random.nextInt(ITEMS.length)];
				LocalDate day = start.plusDays(random.nextInt((int) days));
				var record = activities.create(office, r.id(), new ActivityDetails(item, day, TITLES.get(item), null,
						"盐田区", 
						item == 1 ? java.math.BigDecimal.valueOf(4) : null, null));
				if (random.nextInt(10) < 8) {
					activities.verify(office, record.id(), null);
				}
				count++;
			}
		}
		Representative demo = registered.get(0);
		CurrentUser rep = actor("rep");
		activities.create(rep, demo.id(), new ActivityDetails(1, today.minusDays(1), "到挂点工作室值班接访", "接待居民 6 人次",
				"沙头角社区党代表工作室", java.math.BigDecimal.valueOf(4), null));
		var returned = activities.create(rep, demo.id(), new ActivityDetails(5, today.minusDays(2), "参加社区活动", null,
				null, null, null));
		activities.record(actor("staff"), returned.id());
		activities.returnForInformation(office, returned.id(), "请补充活动名称、地点和现场照片");
		return count + 2;
	}

	/** The lists of this year's quarters that are over, drafted by the office and approved by the group. */
	private int quarterlyLists(long district) {
		LocalDate today = LocalDate.now(clock.withZone(districts.of(district).timeZone()));
		int over = CycleCalendar.quarterOf(today) - 1;
		for (int quarter = 1; quarter <= over; quarter++) {
			var draft = publications.draft(actor("office"), today.getYear(), quarter);
			publications.approve(actor("evaluation"), draft.id());
		}
		return over;
	}

	/**
	 * Work waiting in the group's inbox: the demo representative asks for a review of a rejected
	 * record, and a constituent complains (with a contact) about another representative.
	 */
	private void casesForTheEvaluationGroup(long district, List<Representative> registered) {
		LocalDate today = LocalDate.now(clock.withZone(districts.of(district).timeZone()));
		if (today.getDayOfYear() < 10) {
			return;
		}
		CurrentUser office = actor("office");
		var rejected = activities.create(office, registered.get(0).id(), new ActivityDetails(12, today.minusDays(8),
				"参加海滨环保志愿活动", "清理沙滩垃圾", "大梅沙海滨", null, null));
		activities.reject(office, rejected.id(), "未附活动现场照片,无法核实");
		reviews.request(actor("rep"), rejected.id(), "活动由社区组织,签到表在社区工作站,可向工作站核实。");
		complaints.submit(null, "127.0.0.1", new Complaints.Submission(registered.get(4).id(), null, "13912345678",
				"该代表本季度在田心社区工作室的值班记录与我了解的情况不一致,请核实。"));
	}

	private CurrentUser actor(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	private void user(long district, String username, String name, Role role, Long workstation, Long representative) {
		users.create(new Users.NewUser(username, name, password, Set.of(role), workstation, representative), district);
	}
}
