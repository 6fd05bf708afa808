package cn.lvzhi.publication;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Actor;
import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Category;

/**
 * The contract of the quarterly lists (API.md "Quarterly publications") and DOMAIN.md 7: a
 * quarter's list as of its last day, quarter points against the previous published list, the
 * order of quarters, approval, discarding a draft, who may do what, and that a published list
 * never changes. Each test works in a district of its own, so that its quarters are its own.
 */
abstract class PublicationApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final int YEAR = 2024;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Publications publications;

	Fixtures fixture;

	Api api;

	Workstation first;

	Workstation second;

	Representative a;

	Representative b;

	Representative c;

	String office;

	String group;

	String staff;

	@BeforeEach
	void setUp() {
		fixture = Fixtures.inNewDistrict(context);
		api = new Api(mvc, json);
		first = fixture.community();
		second = fixture.community();
		a = fixture.representativeSince(first, null, STARTED);
		b = fixture.representativeSince(first, null, STARTED);
		c = fixture.representativeSince(second, null, STARTED);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		staff = fixture.staffOf(second);
	}

	long book(Representative r, int item, LocalDate day) throws Exception {
		return api.enterAndVerify(office, office, activity(r.id(), item, day)).get("id").asLong();
	}

	JsonNode draft(int year, int quarter) throws Exception {
		return api.read(api.post("/api/v1/publications", office, Map.of("year", year, "quarter", quarter))
			.andExpect(status().isCreated()));
	}

	long publish(int year, int quarter) throws Exception {
		long id = draft(year, quarter).get("id").asLong();
		api.post("/api/v1/publications/" + id + "/approve", group, "").andExpect(status().isOk());
		return id;
	}

	JsonNode row(JsonNode list, Representative r) {
		for (JsonNode row : list.get("rows")) {
			if (row.get("representativeId").asLong() == r.id()) {
				return row;
			}
		}
		throw new AssertionError("no row of " + r.name());
	}

	@Test
	void draftsAQuarterAsOfItsLastDayAndApprovalPublishesIt() throws Exception {
		book(a, 1, LocalDate.of(YEAR, 2, 10));
		book(b, 12, LocalDate.of(YEAR, 3, 31));
		book(a, 6, LocalDate.of(YEAR, 4, 1)); // the next quarter: not in Q1's list

		JsonNode created = api.read(api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 1))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.quarter").value(1)));
		long id = created.get("id").asLong();

		JsonNode list = api.ok("/api/v1/publications/" + id, group);
		assertThat(list.get("asOf").asString()).isEqualTo(YEAR + "-03-31");
		assertThat(list.get("status").asString()).isEqualTo("DRAFT");
		assertThat(list.get("rows")).hasSize(3);
		JsonNode rowA = row(list, a);
		assertThat(rowA.get("total").asInt()).isEqualTo(5);
		assertThat(rowA.get("quarterPoints").asInt()).isEqualTo(5);
		assertThat(rowA.get("byCategory").get("SERVICE").asInt()).isEqualTo(5);
		assertThat(rowA.get("byCategory").get("DELIBERATION").asInt()).isZero();
		assertThat(rowA.get("workstationId").asLong()).isEqualTo(first.id());
		assertThat(rowA.get("workstationName").asString()).isEqualTo(first.name());
		assertThat(rowA.get("rankOverall").asInt()).isEqualTo(1);
		assertThat(row(list, b).get("rankOverall").asInt()).isEqualTo(1);
		assertThat(row(list, c).get("rankOverall").asInt()).isEqualTo(3);
		assertThat(row(list, c).get("rankInWorkstation").asInt()).isEqualTo(1);
		assertThat(row(list, c).get("quarterPoints").asInt()).isZero();
		// grouped by community workstation in display order
		assertThat(list.get("rows").get(2).get("representativeId").asLong()).isEqualTo(c.id());

		api.post("/api/v1/publications/" + id + "/approve", group, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());
		assertThat(api.ok("/api/v1/publications/" + id, office).get("approvedBy").asString()).isEqualTo(group);
		assertThat(jdbc.sql("select action from audit_entry where record_type = 'PUBLICATION' and record_id = ?"
				+ " order by id").param(Long.toString(id)).query(String.class).list())
			.containsExactly("PUBLICATION_DRAFTED", "PUBLICATION_PUBLISHED");
	}

	@Test
	void quarterPointsAreTheTotalLessThePreviousPublishedListsAndLateRecordsCountInTheNextQuarter() throws Exception {
		book(a, 1, LocalDate.of(YEAR, 1, 5));
		long q1 = publish(YEAR, 1);
		book(a, 6, LocalDate.of(YEAR, 5, 5));
		// dated in Q1, verified after Q1 was published: points of Q2
		book(c, 4, LocalDate.of(YEAR, 3, 15));
		Representative late = fixture.representativeSince(second, null, LocalDate.of(YEAR, 4, 10));
		book(late, 12, LocalDate.of(YEAR, 4, 20));

		long q2 = draft(YEAR, 2).get("id").asLong();
		JsonNode list = api.ok("/api/v1/publications/" + q2, office);
		assertThat(row(list, a).get("total").asInt()).isEqualTo(15);
		assertThat(row(list, a).get("quarterPoints").asInt()).isEqualTo(10);
		assertThat(row(list, b).get("quarterPoints").asInt()).isZero();
		assertThat(row(list, c).get("total").asInt()).isEqualTo(3);
		assertThat(row(list, c).get("quarterPoints").asInt()).isEqualTo(3);
		// missing from the previous list: all of their points are of this quarter
		assertThat(row(list, late).get("quarterPoints").asInt()).isEqualTo(5);
		// Q1's published list did not change
		assertThat(row(api.ok("/api/v1/publications/" + q1, office), c).get("total").asInt()).isZero();

		JsonNode changes = api.ok("/api/v1/publications/" + q2 + "/changes", office);
		assertThat(changes.get("previousId").asLong()).isEqualTo(q1);
		assertThat(changes.get("newPoints").asInt()).isEqualTo(18);
		assertThat(changes.get("gainedNothing")).extracting(n -> n.get("representativeId").asLong())
			.containsExactly(b.id());
		for (JsonNode change : changes.get("rows")) {
			long who = change.get("row").get("representativeId").asLong();
			// Q1: a 5 (1), b and c 0 (2); Q2: a 15 (1), late 5 (2), c 3 (3), b 0 (4)
			if (who == a.id()) {
				assertThat(change.get("rankMove").asInt()).isZero();
			}
			if (who == c.id()) {
				assertThat(change.get("previousRank").asInt()).isEqualTo(2);
				assertThat(change.get("rankMove").asInt()).isEqualTo(-1);
			}
			if (who == b.id()) {
				assertThat(change.get("previousRank").asInt()).isEqualTo(2);
				assertThat(change.get("rankMove").asInt()).isEqualTo(-2);
			}
			if (who == late.id()) {
				assertThat(change.get("previousRank").isNull()).isTrue();
			}
		}
	}

	@Test
	void refusesTheSameQuarterTwiceAndAQuarterBeforeThePreviousOneIsPublished() throws Exception {
		api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 2)).andExpect(status().isConflict());
		long q1 = draft(YEAR, 1).get("id").asLong();
		api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 1)).andExpect(status().isConflict());
		api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 2))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚未公布")));
		api.post("/api/v1/publications/" + q1 + "/approve", group, "").andExpect(status().isOk());
		api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 1)).andExpect(status().isConflict());
		api.post("/api/v1/publications/" + q1 + "/approve", group, "").andExpect(status().isConflict());
		draft(YEAR, 2);
		// another year starts again at its first quarter
		draft(YEAR - 1, 1);
	}

	@Test
	void refusesTwoDraftsOfTheSameQuarterMadeAtTheSameMoment() throws Exception {
		var actor = Actor.of(office, fixture.district, Role.OFFICE);
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			Callable<String> attempt = () -> {
				start.await();
				try {
					publications.draft(actor, YEAR, 1);
					return "drafted";
				}
				catch (Problem.Conflict conflict) {
					return "conflict";
				}
			};
			List<Future<String>> results = new ArrayList<>();
			results.add(pool.submit(attempt));
			results.add(pool.submit(attempt));
			start.countDown();
			var outcomes = new ArrayList<String>();
			for (Future<String> f : results) {
				outcomes.add(f.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("drafted", "conflict");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from publication where district_id = ?")
			.param(fixture.district)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void aDraftMayBeDiscardedAndDraftedAgainButAPublishedListNever() throws Exception {
		long q1 = draft(YEAR, 1).get("id").asLong();
		api.post("/api/v1/publications/" + q1 + "/discard", office, Map.of("reason", " "))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post("/api/v1/publications/" + q1 + "/discard", group, Map.of("reason", "数据有误"))
			.andExpect(status().isForbidden());
		api.post("/api/v1/publications/" + q1 + "/discard", office, Map.of("reason", "漏登了一条记录"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCARDED"));
		api.post("/api/v1/publications/" + q1 + "/approve", group, "").andExpect(status().isConflict());
		book(a, 1, LocalDate.of(YEAR, 2, 2));
		long again = draft(YEAR, 1).get("id").asLong();
		assertThat(row(api.ok("/api/v1/publications/" + again, office), a).get("total").asInt()).isEqualTo(5);
		api.post("/api/v1/publications/" + again + "/approve", group, "").andExpect(status().isOk());
		api.post("/api/v1/publications/" + again + "/discard", office, Map.of("reason", "想改"))
			.andExpect(status().isConflict());
		JsonNode years = api.ok("/api/v1/publications?year=" + YEAR, office);
		assertThat(years.get("total").asInt()).isEqualTo(2);
		assertThat(api.ok("/api/v1/publications?year=" + YEAR, staff).get("total").asInt()).isEqualTo(1);
	}

	@Test
	void whoMayDoWhat() throws Exception {
		String rep = fixture.userOf(a);
		api.post("/api/v1/publications", staff, Map.of("year", YEAR, "quarter", 1)).andExpect(status().isForbidden());
		api.post("/api/v1/publications", group, Map.of("year", YEAR, "quarter", 1)).andExpect(status().isForbidden());
		api.post("/api/v1/publications", null, Map.of("year", YEAR, "quarter", 1)).andExpect(status().isUnauthorized());
		long id = draft(YEAR, 1).get("id").asLong();
		api.get("/api/v1/publications/" + id, rep).andExpect(status().isForbidden());
		api.get("/api/v1/publications/" + id, staff).andExpect(status().isNotFound());
		api.get("/api/v1/publications/" + id, null).andExpect(status().isUnauthorized());
		api.post("/api/v1/publications/" + id + "/approve", office, "").andExpect(status().isForbidden());
		api.post("/api/v1/publications/" + id + "/approve", group, "").andExpect(status().isOk());
		api.get("/api/v1/publications/" + id, staff).andExpect(status().isOk());
		api.get("/api/v1/publications/" + id + "/export.xlsx", staff).andExpect(status().isOk());
		// another district's list is unknown here
		String foreignOffice = new Fixtures(context).user(Role.OFFICE);
		api.get("/api/v1/publications/" + id, foreignOffice).andExpect(status().isNotFound());
	}

	@Test
	void whoDraftedAListDoesNotApproveItEvenHoldingBothRoles() throws Exception {
		String both = Fixtures.unique("office-and-group-");
		fixture.users.create(new cn.lvzhi.accounts.Users.NewUser(both, "两个角色", cn.lvzhi.TestUsers.PASSWORD,
				java.util.EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP), null, null), fixture.district);
		long id = api.read(api.post("/api/v1/publications", both, Map.of("year", YEAR, "quarter", 1))
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/publications/" + id + "/approve", both, "")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("起草人不能核准自己起草的名单"));
		api.post("/api/v1/publications/" + id + "/approve", group, "").andExpect(status().isOk());
	}

	@Test
	void answersMistakesWithTheirStatus() throws Exception {
		api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 5))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("quarter"));
		api.post("/api/v1/publications", office, Map.of("quarter", 1))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		int now = LocalDate.now(clock).getYear();
		api.post("/api/v1/publications", office, Map.of("year", now + 1, "quarter", 1))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("尚未结束")));
		api.post("/api/v1/publications", office, "{\"year\": \"twenty\"}").andExpect(status().isBadRequest());
		api.post("/api/v1/publications", office, "{").andExpect(status().isBadRequest());
		api.get("/api/v1/publications/987654321", office).andExpect(status().isNotFound());
		api.post("/api/v1/publications/987654321/approve", group, "").andExpect(status().isNotFound());
		api.get("/api/v1/publications/abc", office).andExpect(status().isBadRequest());
		api.get("/api/v1/publications?size=5000", office).andExpect(status().isUnprocessableEntity());
	}

	@Test
	void aPublishedListNeverChangesAndItsHashIsThatOfItsCanonicalText() throws Exception {
		book(a, 1, LocalDate.of(YEAR, 1, 5));
		book(c, 14, LocalDate.of(YEAR, 2, 5));
		long q1 = publish(YEAR, 1);
		JsonNode before = api.ok("/api/v1/publications/" + q1, office);
		var rowsBefore = jdbc.sql("select * from publication_row where publication = ? order by line_no")
			.param(q1)
			.query()
			.listOfRows();

		// everything that could move it: a late record of the quarter, a revocation, an adjustment, the next list
		book(b, 1, LocalDate.of(YEAR, 3, 3));
		long revoked = book(a, 12, LocalDate.of(YEAR, 2, 2));
		api.post("/api/v1/activities/" + revoked + "/revoke", group, Api.reason("重复登记")).andExpect(status().isOk());
		api.post("/api/v1/adjustments", group,
				Map.of("representativeId", c.id(), "year", YEAR, "points", -4, "reason", "经复核扣减"))
			.andExpect(status().isCreated());
		draft(YEAR, 2);

		JsonNode after = api.ok("/api/v1/publications/" + q1, office);
		assertThat(after.get("rows")).isEqualTo(before.get("rows"));
		assertThat(after.get("contentHash")).isEqualTo(before.get("contentHash"));
		assertThat(jdbc.sql("select * from publication_row where publication = ? order by line_no")
			.param(q1)
			.query()
			.listOfRows()).isEqualTo(rowsBefore);

		var rows = new ArrayList<PublicationRow>();
		for (JsonNode r : after.get("rows")) {
			var byCategory = new EnumMap<Category, Integer>(Category.class);
			for (Category category : Category.values()) {
				byCategory.put(category, r.get("byCategory").get(category.name()).asInt());
			}
			rows.add(new PublicationRow(r.get("representativeId").asLong(), r.get("name").asString(),
					r.get("workstationId").asLong(), r.get("workstationName").asString(), byCategory,
					r.get("adjustments").asInt(), r.get("total").asInt(), r.get("quarterPoints").asInt(),
					r.get("rankInWorkstation").asInt(), r.get("rankOverall").asInt()));
		}
		String district = context.getBean(Districts.class).of(fixture.district).name();
		assertThat(ContentHash.of(district, YEAR, 1, LocalDate.of(YEAR, 3, 31), rows))
			.isEqualTo(after.get("contentHash").asString())
			.matches("[0-9a-f]{64}");
	}

	@OnH2
	static class OnH2Tests extends PublicationApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends PublicationApiTests {
	}
}
