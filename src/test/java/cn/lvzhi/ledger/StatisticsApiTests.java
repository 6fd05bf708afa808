package cn.lvzhi.ledger;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The numbers behind the charts (/api/v1/statistics/…) against records booked through the real
 * services, and who may see which numbers. Entries count in the quarter of the day they count on:
 * a revocation in the quarter of its record, an adjustment of a past cycle on its last day.
 */
abstract class StatisticsApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final int YEAR = 2018;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	Fixtures fixture;

	Api api;

	Workstation communityA;

	Workstation communityB;

	Workstation emptyCommunity;

	Workstation industry;

	Representative rep1;

	Representative rep2;

	Representative rep3;

	String office;

	String group;

	String staffA;

	String staffIndustry;

	String rep1User;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		communityA = fixture.community();
		communityB = fixture.community();
		emptyCommunity = fixture.community();
		industry = fixture.industry();
		rep1 = fixture.representativeSince(communityA, null, STARTED);
		rep2 = fixture.representativeSince(communityA, industry, STARTED);
		rep3 = fixture.representativeSince(communityB, industry, STARTED);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		staffA = fixture.staffOf(communityA);
		staffIndustry = fixture.staffOf(industry);
		rep1User = fixture.userOf(rep1);
	}

	long verified(Representative who, int item, LocalDate day) throws Exception {
		return api.enterAndVerify(office, office, activity(who.id(), item, day)).get("id").asLong();
	}

	/**
	 * rep1 (community A): 5 service in Q1, 10 deliberation in Q2, 5 supervision in Q3, 20
	 * exemplary in Q4, an adjustment of −2 (on the cycle's last day: Q4) — 38 in all. rep2
	 * (community A, industry I): 5 service on the last day of Q1, 5 exemplary in Q2 revoked — 5.
	 * rep3 (community B, industry I): 3 service in Q3.
	 */
	void book() throws Exception {
		verified(rep1, 1, LocalDate.of(YEAR, 2, 10));
		verified(rep1, 6, LocalDate.of(YEAR, 5, 5));
		verified(rep1, 10, LocalDate.of(YEAR, 8, 8));
		verified(rep1, 14, LocalDate.of(YEAR, 11, 11));
		api.post("/api/v1/adjustments", group,
				Map.of("representativeId", rep1.id(), "year", YEAR, "points", -2, "reason", "考评小组核减"))
			.andExpect(status().isCreated());
		verified(rep2, 1, LocalDate.of(YEAR, 3, 31));
		long revoked = verified(rep2, 12, LocalDate.of(YEAR, 4, 1));
		api.post("/api/v1/activities/" + revoked + "/revoke", group, reason("重复登记")).andExpect(status().isOk());
		verified(rep3, 4, LocalDate.of(YEAR, 7, 1));
	}

	/** quarter → [SERVICE, DELIBERATION, SUPERVISION, EXEMPLARY, adjustments, total]. */
	static List<List<Integer>> quarters(JsonNode body) {
		var result = new ArrayList<List<Integer>>();
		for (JsonNode q : body.get("quarters")) {
			JsonNode c = q.get("byCategory");
			result.add(List.of(c.get("SERVICE").asInt(), c.get("DELIBERATION").asInt(), c.get("SUPERVISION").asInt(),
					c.get("EXEMPLARY").asInt(), q.get("adjustments").asInt(), q.get("total").asInt()));
		}
		return result;
	}

	static List<List<Integer>> minus(List<List<Integer>> after, List<List<Integer>> before) {
		var result = new ArrayList<List<Integer>>();
		for (int q = 0; q < after.size(); q++) {
			var row = new ArrayList<Integer>();
			for (int i = 0; i < after.get(q).size(); i++) {
				row.add(after.get(q).get(i) - before.get(q).get(i));
			}
			result.add(row);
		}
		return result;
	}

	@Test
	void aWorkstationsPointsByQuarterCountEachEntryInTheQuarterOfItsDayByCategory() throws Exception {
		book();
		JsonNode a = api.ok("/api/v1/statistics/points-by-quarter?year=" + YEAR + "&workstationId=" + communityA.id(),
				group);
		assertThat(a.get("year").asInt()).isEqualTo(YEAR);
		assertThat(a.get("workstationId").asLong()).isEqualTo(communityA.id());
		assertThat(a.get("quarters").get(0).get("quarter").asInt()).isEqualTo(1);
		assertThat(quarters(a)).containsExactly(
				List.of(10, 0, 0, 0, 0, 10),
				List.of(0, 10, 0, 0, 0, 10),
				List.of(0, 0, 5, 0, 0, 5),
				List.of(0, 0, 0, 20, -2, 18));
		assertThat(a.get("total").asInt()).isEqualTo(43);

		// An industry workstation counts the representatives attached to it.
		JsonNode i = api.ok("/api/v1/statistics/points-by-quarter?year=" + YEAR + "&workstationId=" + industry.id(),
				office);
		assertThat(quarters(i)).containsExactly(
				List.of(5, 0, 0, 0, 0, 5),
				List.of(0, 0, 0, 0, 0, 0),
				List.of(3, 0, 0, 0, 0, 3),
				List.of(0, 0, 0, 0, 0, 0));
		assertThat(i.get("total").asInt()).isEqualTo(8);
	}

	@Test
	void theDistrictsPointsByQuarterGrowByWhatIsBooked() throws Exception {
		String url = "/api/v1/statistics/points-by-quarter?year=" + YEAR;
		JsonNode before = api.ok(url, office);
		book();
		JsonNode after = api.ok(url, office);
		assertThat(after.get("workstationId").isNull()).isTrue();
		assertThat(minus(quarters(after), quarters(before))).containsExactly(
				List.of(10, 0, 0, 0, 0, 10),
				List.of(0, 10, 0, 0, 0, 10),
				List.of(3, 0, 5, 0, 0, 8),
				List.of(0, 0, 0, 20, -2, 18));
		assertThat(after.get("total").asInt() - before.get("total").asInt()).isEqualTo(46);
	}

	@Test
	void aRepresentativesPointsByQuarterAddUpToTheirLedger() throws Exception {
		book();
		String url = "/api/v1/statistics/representatives/" + rep1.id() + "/points-by-quarter?year=" + YEAR;
		JsonNode mine = api.ok(url, rep1User);
		assertThat(mine.get("representativeId").asLong()).isEqualTo(rep1.id());
		assertThat(mine.get("name").asString()).isEqualTo(rep1.name());
		assertThat(quarters(mine)).containsExactly(
				List.of(5, 0, 0, 0, 0, 5),
				List.of(0, 10, 0, 0, 0, 10),
				List.of(0, 0, 5, 0, 0, 5),
				List.of(0, 0, 0, 20, -2, 18));
		assertThat(mine.get("total").asInt()).isEqualTo(38)
			.isEqualTo(api.ok("/api/v1/representatives/" + rep1.id() + "/ledger?year=" + YEAR, office)
				.get("total")
				.asInt());
		JsonNode revoked = api.ok("/api/v1/statistics/representatives/" + rep2.id() + "/points-by-quarter?year=" + YEAR,
				staffA);
		assertThat(quarters(revoked).get(1)).containsExactly(0, 0, 0, 0, 0, 0);
		assertThat(revoked.get("total").asInt()).isEqualTo(5);
		// Another year has nothing.
		JsonNode other = api.ok("/api/v1/statistics/representatives/" + rep1.id() + "/points-by-quarter?year="
				+ (YEAR + 1), office);
		assertThat(other.get("total").asInt()).isZero();
		assertThat(quarters(other)).allSatisfy(q -> assertThat(q).containsOnly(0));
	}

	@Test
	void theDistributionCountsEveryRepresentativeInBucketsOfEqualWidth() throws Exception {
		book();
		JsonNode d = api.ok("/api/v1/statistics/distribution?year=" + YEAR + "&workstationId=" + communityA.id(),
				office);
		assertThat(d.get("representatives").asInt()).isEqualTo(2);
		assertThat(d.get("bucketWidth").asInt()).isEqualTo(5);
		assertThat(d.get("min").asInt()).isEqualTo(5);
		assertThat(d.get("max").asInt()).isEqualTo(38);
		assertThat(d.get("average").asDouble()).isEqualTo(21.5);
		assertThat(d.get("median").asDouble()).isEqualTo(21.5);
		var buckets = new ArrayList<List<Integer>>();
		d.get("buckets").forEach(b -> buckets.add(List.of(b.get("from").asInt(), b.get("to").asInt(),
				b.get("count").asInt())));
		assertThat(buckets).containsExactly(List.of(0, 4, 0), List.of(5, 9, 1), List.of(10, 14, 0),
				List.of(15, 19, 0), List.of(20, 24, 0), List.of(25, 29, 0), List.of(30, 34, 0), List.of(35, 39, 1));

		// The whole district counts everyone who served, also with no points.
		JsonNode district = api.ok("/api/v1/statistics/distribution?year=" + YEAR, group);
		int counted = 0;
		for (JsonNode b : district.get("buckets")) {
			counted += b.get("count").asInt();
		}
		assertThat(counted).isEqualTo(district.get("representatives").asInt())
			.isEqualTo(api.ok("/api/v1/standings?year=" + YEAR, group).get("rows").size());
		assertThat(district.get("buckets").size()).isLessThanOrEqualTo(10);
	}

	@Test
	void theWorkstationsAreComparedByTotalAndAverageInDisplayOrder() throws Exception {
		book();
		JsonNode c = api.ok("/api/v1/statistics/workstations?year=" + YEAR, office);
		var byId = new java.util.HashMap<Long, JsonNode>();
		var order = new ArrayList<Long>();
		c.get("workstations").forEach(w -> {
			byId.put(w.get("workstationId").asLong(), w);
			order.add(w.get("workstationId").asLong());
		});
		JsonNode a = byId.get(communityA.id());
		assertThat(a.get("name").asString()).isEqualTo(communityA.name());
		assertThat(a.get("representatives").asInt()).isEqualTo(2);
		assertThat(a.get("total").asInt()).isEqualTo(43);
		assertThat(a.get("average").asDouble()).isEqualTo(21.5);
		JsonNode b = byId.get(communityB.id());
		assertThat(b.get("representatives").asInt()).isEqualTo(1);
		assertThat(b.get("total").asInt()).isEqualTo(3);
		assertThat(b.get("average").asDouble()).isEqualTo(3.0);
		JsonNode empty = byId.get(emptyCommunity.id());
		assertThat(empty.get("representatives").asInt()).isZero();
		assertThat(empty.get("average").asDouble()).isZero();
		assertThat(byId).doesNotContainKey(industry.id());
		assertThat(order.indexOf(communityA.id())).isLessThan(order.indexOf(communityB.id()));
		assertThat(order.indexOf(communityB.id())).isLessThan(order.indexOf(emptyCommunity.id()));
		JsonNode standings = api.ok("/api/v1/standings?year=" + YEAR, office).get("rows");
		long sum = 0;
		for (JsonNode row : standings) {
			sum += row.get("total").asInt();
		}
		assertThat(c.get("districtAverage").asDouble())
			.isEqualTo(Math.round(sum * 10.0 / standings.size()) / 10.0);
	}

	@Test
	void workstationStaffSeeTheirOwnWorkstationOnly() throws Exception {
		book();
		JsonNode quarters = api.ok("/api/v1/statistics/points-by-quarter?year=" + YEAR, staffA);
		assertThat(quarters.get("workstationId").asLong()).isEqualTo(communityA.id());
		assertThat(quarters.get("total").asInt()).isEqualTo(43);
		JsonNode distribution = api.ok("/api/v1/statistics/distribution?year=" + YEAR, staffIndustry);
		assertThat(distribution.get("workstationId").asLong()).isEqualTo(industry.id());
		assertThat(distribution.get("representatives").asInt()).isEqualTo(2);
		JsonNode comparison = api.ok("/api/v1/statistics/workstations?year=" + YEAR, staffIndustry);
		assertThat(comparison.get("workstations")).hasSize(1);
		JsonNode own = comparison.get("workstations").get(0);
		assertThat(own.get("workstationId").asLong()).isEqualTo(industry.id());
		assertThat(own.get("representatives").asInt()).isEqualTo(2);
		assertThat(own.get("total").asInt()).isEqualTo(8);
		assertThat(own.get("average").asDouble()).isEqualTo(4.0);

		api.get("/api/v1/statistics/points-by-quarter?workstationId=" + communityB.id(), staffA)
			.andExpect(status().isForbidden());
		api.get("/api/v1/statistics/distribution?workstationId=" + communityB.id(), staffA)
			.andExpect(status().isForbidden());
		api.get("/api/v1/statistics/representatives/" + rep3.id() + "/points-by-quarter", staffA)
			.andExpect(status().isForbidden());
		api.get("/api/v1/statistics/representatives/" + rep3.id() + "/points-by-quarter", staffIndustry)
			.andExpect(status().isOk());
	}

	@Test
	void aRepresentativeSeesTheirOwnPointsByQuarterAndNoDistrictNumbers() throws Exception {
		api.get("/api/v1/statistics/representatives/" + rep1.id() + "/points-by-quarter", rep1User)
			.andExpect(status().isOk());
		api.get("/api/v1/statistics/representatives/" + rep2.id() + "/points-by-quarter", rep1User)
			.andExpect(status().isForbidden());
		for (String url : List.of("/api/v1/statistics/points-by-quarter", "/api/v1/statistics/distribution",
				"/api/v1/statistics/workstations")) {
			api.get(url, rep1User).andExpect(status().isForbidden());
			api.get(url, fixture.user(Role.ADMIN)).andExpect(status().isForbidden());
			api.get(url, null).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void badQuestionsAreAnsweredWithTheirStatus() throws Exception {
		api.get("/api/v1/statistics/representatives/987654321/points-by-quarter", office)
			.andExpect(status().isNotFound());
		api.get("/api/v1/statistics/distribution?workstationId=987654321", office).andExpect(status().isNotFound());
		api.get("/api/v1/statistics/points-by-quarter?year=99999", office)
			.andExpect(status().isUnprocessableContent());
		api.get("/api/v1/statistics/workstations?year=abc", office).andExpect(status().isBadRequest());
		api.get("/api/v1/statistics/representatives/x/points-by-quarter", office).andExpect(status().isBadRequest());
	}

	@Test
	void thisYearIsTheDefault() throws Exception {
		int thisYear = api.ok("/api/v1/standings", office).get("year").asInt();
		assertThat(api.ok("/api/v1/statistics/points-by-quarter", office).get("year").asInt()).isEqualTo(thisYear);
		assertThat(api.ok("/api/v1/statistics/workstations", office).get("year").asInt()).isEqualTo(thisYear);
		assertThat(api.ok("/api/v1/statistics/representatives/" + rep1.id() + "/points-by-quarter", office)
			.get("year")
			.asInt()).isEqualTo(thisYear);
	}

	@OnH2
	static class OnH2Tests extends StatisticsApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends StatisticsApiTests {
	}
}
