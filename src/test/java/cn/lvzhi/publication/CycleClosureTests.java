package cn.lvzhi.publication;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * Closing a cycle (DOMAIN.md 8): only after its fourth quarter is published, once; afterwards
 * records of that year are neither verified nor revoked — nothing changes — while adjustments and
 * other years go on.
 */
abstract class CycleClosureTests {

	static final int YEAR = 2023;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixture;

	Api api;

	Representative rep;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = Fixtures.inNewDistrict(context);
		api = new Api(mvc, json);
		Workstation community = fixture.community();
		rep = fixture.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	void publishQuarters(int year, int upTo) throws Exception {
		for (int q = 1; q <= upTo; q++) {
			long id = api.read(api.post("/api/v1/publications", office, Map.of("year", year, "quarter", q))
				.andExpect(status().isCreated())).get("id").asLong();
			api.post("/api/v1/publications/" + id + "/approve", group, "").andExpect(status().isOk());
		}
	}

	int total(int year) throws Exception {
		return api.ok("/api/v1/representatives/" + rep.id() + "/ledger?year=" + year, office).get("total").asInt();
	}

	@Test
	void closesACycleOnlyAfterItsFourthQuarterIsPublishedAndOnlyOnce() throws Exception {
		api.post("/api/v1/cycles/" + YEAR + "/close", office, "").andExpect(status().isConflict());
		publishQuarters(YEAR, 3);
		api.post("/api/v1/cycles/" + YEAR + "/close", office, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第四季度")));
		long q4 = api.read(api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 4))
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/cycles/" + YEAR + "/close", office, "").andExpect(status().isConflict());
		api.post("/api/v1/publications/" + q4 + "/approve", group, "").andExpect(status().isOk());

		api.post("/api/v1/cycles/" + YEAR + "/close", group, "").andExpect(status().isForbidden());
		api.get("/api/v1/year-end/" + YEAR, group).andExpect(jsonPath("$.closed").value(false));
		api.post("/api/v1/cycles/" + YEAR + "/close", office, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.closedAt").isNotEmpty());
		api.post("/api/v1/cycles/" + YEAR + "/close", office, "").andExpect(status().isConflict());
		api.get("/api/v1/cycles/" + YEAR, group).andExpect(jsonPath("$.closed").value(true));
		// the year-end evaluation says its points are final now
		api.get("/api/v1/year-end/" + YEAR, group).andExpect(jsonPath("$.closed").value(true));
		api.get("/api/v1/year-end/" + YEAR + "/representatives/" + rep.id(), group)
			.andExpect(jsonPath("$.closed").value(true));
		api.get("/api/v1/cycles/" + (YEAR + 1), group).andExpect(jsonPath("$.closed").value(false));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CYCLE_CLOSED' and record_id = ?"
				+ " and username = ?").params(Integer.toString(YEAR), office).query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void afterClosingNoRecordOfThatYearIsVerifiedOrRevokedButAdjustmentsAndOtherYearsGoOn() throws Exception {
		long verified = api.enterAndVerify(office, office, activity(rep.id(), 6, LocalDate.of(YEAR, 6, 1)))
			.get("id").asLong();
		long waiting = api.create(office, activity(rep.id(), 1, LocalDate.of(YEAR, 12, 30)));
		long rejected = api.create(office, activity(rep.id(), 4, LocalDate.of(YEAR, 11, 3)));
		api.post("/api/v1/activities/" + rejected + "/reject", office, Api.reason("材料不足")).andExpect(status().isOk());
		long nextYear = api.create(office, activity(rep.id(), 1, LocalDate.of(YEAR + 1, 1, 2)));
		publishQuarters(YEAR, 4);
		api.post("/api/v1/cycles/" + YEAR + "/close", office, "").andExpect(status().isOk());
		assertThat(total(YEAR)).isEqualTo(10);

		api.post("/api/v1/activities/" + waiting + "/verify", office, "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已关账")));
		api.post("/api/v1/activities/" + verified + "/revoke", group, Api.reason("重复")).andExpect(status().isConflict());
		api.post("/api/v1/activities/" + rejected + "/verify", group, Api.reason("复核后认定"))
			.andExpect(status().isConflict());
		var batch = api.read(api.post("/api/v1/activities/verify", office, Map.of("ids", List.of(waiting)))
			.andExpect(status().isOk()));
		assertThat(batch.toString()).contains("409");
		// nothing changed
		assertThat(api.ok("/api/v1/activities/" + waiting, office).get("status").asString()).isEqualTo("RECORDED");
		assertThat(api.ok("/api/v1/activities/" + verified, office).get("status").asString()).isEqualTo("VERIFIED");
		assertThat(api.ok("/api/v1/activities/" + rejected, office).get("status").asString()).isEqualTo("REJECTED");
		assertThat(total(YEAR)).isEqualTo(10);

		// the evaluation group's adjustment still changes the closed year's points
		api.post("/api/v1/adjustments", group,
				Map.of("representativeId", rep.id(), "year", YEAR, "points", 3, "reason", "年终考评加分"))
			.andExpect(status().isCreated());
		assertThat(total(YEAR)).isEqualTo(13);

		// a review decided after closing: verifying the rejected record is refused and the review
		// stays open; the same review amended by an adjustment is accepted
		long review = api.read(api.post("/api/v1/reviews", fixture.userOf(rep),
				Map.of("activityId", rejected, "reason", "有活动照片"))
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/reviews/" + review + "/decide", group,
				Map.of("outcome", "AMENDED", "reason", "复核后认定", "amendment", Map.of("type", "VERIFY")))
			.andExpect(status().isConflict());
		api.get("/api/v1/reviews/" + review, group).andExpect(jsonPath("$.status").value("OPEN"));
		assertThat(api.ok("/api/v1/activities/" + rejected, office).get("status").asString()).isEqualTo("REJECTED");
		api.post("/api/v1/reviews/" + review + "/decide", group, Map.of("outcome", "AMENDED", "reason",
				"已关账,以调整计入", "amendment", Map.of("type", "ADJUST", "points", 3)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"));
		assertThat(total(YEAR)).isEqualTo(16);
		// the next year is open
		api.post("/api/v1/activities/" + nextYear + "/verify", office, "{}").andExpect(status().isOk());
	}

	@OnH2
	static class OnH2Tests extends CycleClosureTests {
	}

	@OnPostgres
	static class OnPostgresTests extends CycleClosureTests {
	}
}
