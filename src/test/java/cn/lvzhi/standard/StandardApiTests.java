package cn.lvzhi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Role;

/**
 * The contract of {@code /api/v1/standard} (API.md "Standard"). Other tests may have added
 * versions to the shared database, so expectations are computed from what exists, and new
 * versions take effect in the far future, after every other.
 */
abstract class StandardApiTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** DOMAIN.md's table of the Yantian 2013 trial standard: code, category, rule. */
	static final List<String> DOMAIN_TABLE = List.of(
			"1  | SERVICE      | {\"kind\":\"PER_OCCURRENCE\",\"points\":5}",
			"2  | SERVICE      | {\"kind\":\"PER_OCCURRENCE\",\"points\":5}",
			"3  | SERVICE      | {\"kind\":\"BY_SATISFACTION\",\"tiers\":{\"VERY_SATISFIED\":6,\"BASICALLY_SATISFIED\":5,\"DISSATISFIED\":0}}",
			"4  | SERVICE      | {\"kind\":\"PER_OCCURRENCE\",\"points\":3}",
			"5  | SERVICE      | {\"kind\":\"PER_OCCURRENCE\",\"points\":5}",
			"6  | DELIBERATION | {\"kind\":\"PER_OCCURRENCE\",\"points\":10}",
			"7  | DELIBERATION | {\"kind\":\"PER_OCCURRENCE\",\"points\":3}",
			"8  | DELIBERATION | {\"kind\":\"PER_OCCURRENCE\",\"points\":10}",
			"9  | DELIBERATION | {\"kind\":\"PER_OCCURRENCE\",\"points\":3,\"capPerCycle\":9}",
			"10 | SUPERVISION  | {\"kind\":\"PER_OCCURRENCE\",\"points\":5}",
			"11 | SUPERVISION  | {\"kind\":\"PER_OCCURRENCE\",\"points\":10}",
			"12 | EXEMPLARY    | {\"kind\":\"PER_OCCURRENCE\",\"points\":5}",
			"13 | EXEMPLARY    | {\"kind\":\"PER_OCCURRENCE\",\"points\":5}",
			"14 | EXEMPLARY    | {\"kind\":\"PER_OCCURRENCE\",\"points\":20}");

	static final LocalDate FIRST_EFFECTIVE = LocalDate.of(2013, 9, 23);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Districts districts;

	@Autowired
	TestClock clock;

	Fixtures fixture;

	@BeforeEach
	void fixture() {
		fixture = new Fixtures(context);
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestUsers.PASSWORD);
	}

	static RequestPostProcessor admin() {
		return httpBasic("admin", TestUsers.ADMIN_PASSWORD);
	}

	JsonNode read(String url, RequestPostProcessor who) throws Exception {
		String body = mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	/** A day after every existing version and far from today, so no other test's days collide. */
	LocalDate freeDay(RequestPostProcessor who) throws Exception {
		LocalDate latest = LocalDate.of(2100, 1, 1);
		for (JsonNode v : read("/api/v1/standard/versions?size=1000", who).get("items")) {
			LocalDate from = LocalDate.parse(v.get("effectiveFrom").asString());
			if (from.isAfter(latest)) {
				latest = from;
			}
		}
		return latest.plusDays(1 + (System.nanoTime() & 0xff));
	}

	/** Version 1's items as a request body taking effect on {@code day}. */
	ObjectNode copyOfFirstVersion(LocalDate day, RequestPostProcessor who) throws Exception {
		ObjectNode body = (ObjectNode) read("/api/v1/standard/versions/1", who);
		body.remove("version");
		body.remove("name");
		body.put("effectiveFrom", day.toString());
		return body;
	}

	@Test
	void theDefaultVersionReproducesTheDomainTableItemForItem() throws Exception {
		String user = fixture.userWith(Role.REPRESENTATIVE);
		for (String url : List.of("/api/v1/standard?on=" + FIRST_EFFECTIVE, "/api/v1/standard?on=2014-06-30",
				"/api/v1/standard/versions/1")) {
			JsonNode version = read(url, as(user));
			assertThat(version.get("version").asInt()).as(url).isEqualTo(1);
			assertThat(version.get("effectiveFrom").asString()).isEqualTo("2013-09-23");
			JsonNode items = version.get("items");
			assertThat(items.size()).isEqualTo(DOMAIN_TABLE.size());
			for (int i = 0; i < DOMAIN_TABLE.size(); i++) {
				String[] row = DOMAIN_TABLE.get(i).split("\\|");
				JsonNode item = items.get(i);
				assertThat(item.get("code").asInt()).as("code of row %d", i).isEqualTo(Integer.parseInt(row[0].strip()));
				assertThat(item.get("category").asString()).as("category of item %s", row[0]).isEqualTo(row[1].strip());
				assertThat(item.get("title").asString()).as("title of item %s", row[0]).isNotBlank();
				assertThat(item.get("rule")).as("rule of item %s", row[0]).isEqualTo(json.readTree(row[2].strip()));
			}
		}
	}

	@Test
	void answersTheVersionInForceTodayByDefault() throws Exception {
		String user = fixture.userWith(Role.WORKSTATION_STAFF);
		LocalDate today = LocalDate.ofInstant(clock.instant(), districts.defaultDistrict().timeZone());
		int expected = 0;
		LocalDate expectedFrom = null;
		for (JsonNode v : read("/api/v1/standard/versions?size=1000", as(user)).get("items")) {
			LocalDate from = LocalDate.parse(v.get("effectiveFrom").asString());
			if (!from.isAfter(today) && (expectedFrom == null || from.isAfter(expectedFrom))) {
				expected = v.get("version").asInt();
				expectedFrom = from;
			}
		}
		mvc.perform(get("/api/v1/standard").with(as(user)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.version").value(expected))
			.andExpect(jsonPath("$.effectiveFrom").value(expectedFrom.toString()))
			.andExpect(jsonPath("$.items[0].code").isNumber());
	}

	@Test
	void answersNotFoundForADayBeforeTheFirstVersion() throws Exception {
		mvc.perform(get("/api/v1/standard?on=" + FIRST_EFFECTIVE.minusDays(1)).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void refusesAMalformedDayAsABadRequest() throws Exception {
		for (String day : List.of("2024-13-45", "yesterday", "2024/01/01", "20240101")) {
			mvc.perform(get("/api/v1/standard").param("on", day).with(admin()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("参数“on”的格式不正确。"));
		}
	}

	@Test
	void listsTheVersionsWithTheirItemCounts() throws Exception {
		mvc.perform(get("/api/v1/standard/versions").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].version").value(1))
			.andExpect(jsonPath("$.items[0].name").value("盐田区党代表履职积分标准(2013年试行)"))
			.andExpect(jsonPath("$.items[0].effectiveFrom").value("2013-09-23"))
			.andExpect(jsonPath("$.items[0].itemCount").value(14));
		mvc.perform(get("/api/v1/standard/versions/99999").with(admin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/standard/versions/first").with(admin())).andExpect(status().isBadRequest());
	}

	@Test
	void officeCreatesAVersionThatTakesEffectOnItsDayAndLeavesEarlierDaysAlone() throws Exception {
		String office = fixture.userWith(Role.OFFICE);
		LocalDate day = freeDay(as(office));
		String dayBefore = json.writeValueAsString(read("/api/v1/standard?on=" + day.minusDays(1), as(office)));
		String first = json.writeValueAsString(read("/api/v1/standard/versions/1", as(office)));
		int versionsBefore = read("/api/v1/standard/versions?size=1000", as(office)).get("total").asInt();

		ObjectNode body = copyOfFirstVersion(day, as(office));
		body.put("name", "测试版本 " + day);
		ObjectNode item1 = (ObjectNode) body.get("items").get(0);
		((ObjectNode) item1.get("rule")).put("points", 6);
		((ObjectNode) item1.get("rule")).put("capPerCycle", 60);
		ArrayNode items = (ArrayNode) body.get("items");
		items.addObject()
			.put("code", 15)
			.put("category", "EXEMPLARY")
			.put("title", "新增的按满意度计分项目")
			.set("rule", json.readTree("""
					{"kind":"BY_SATISFACTION","tiers":{"VERY_SATISFIED":8,"BASICALLY_SATISFIED":4,"DISSATISFIED":1}}"""));

		String created = mvc
			.perform(post("/api/v1/standard/versions").with(as(office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/standard/versions/" + (versionsBefore + 1)))
			.andExpect(jsonPath("$.version").value(versionsBefore + 1))
			.andExpect(jsonPath("$.name").value("测试版本 " + day))
			.andExpect(jsonPath("$.effectiveFrom").value(day.toString()))
			.andExpect(jsonPath("$.items.length()").value(15))
			.andExpect(jsonPath("$.items[0].rule.points").value(6))
			.andExpect(jsonPath("$.items[0].rule.capPerCycle").value(60))
			.andExpect(jsonPath("$.items[14].rule.tiers.VERY_SATISFIED").value(8))
			.andExpect(jsonPath("$.items[14].rule.points").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(read("/api/v1/standard?on=" + day, as(office))).isEqualTo(json.readTree(created));
		assertThat(read("/api/v1/standard?on=" + day.plusYears(1), as(office)).get("version").asInt())
			.isEqualTo(versionsBefore + 1);
		assertThat(json.writeValueAsString(read("/api/v1/standard?on=" + day.minusDays(1), as(office))))
			.isEqualTo(dayBefore);
		assertThat(json.writeValueAsString(read("/api/v1/standard/versions/1", as(office)))).isEqualTo(first);
		assertThat(read("/api/v1/standard?on=2020-01-01", as(office)).get("version").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from standard_item i join standard_version v on v.id = i.standard_version "
				+ "where v.version = 1 and v.district_id = ?").param(districts.defaultDistrict().id())
			.query(Long.class)
			.single()).isEqualTo(14L);
	}

	@Test
	void namesANewVersionWhenNoNameIsGiven() throws Exception {
		String office = fixture.userWith(Role.OFFICE);
		LocalDate day = freeDay(as(office));
		mvc.perform(post("/api/v1/standard/versions").with(as(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(copyOfFirstVersion(day, as(office)))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(org.hamcrest.Matchers.containsString(day.toString())));
	}

	@Test
	void onlyTheOfficeCreatesVersions() throws Exception {
		LocalDate day = freeDay(admin());
		String body = json.writeValueAsString(copyOfFirstVersion(day, admin()));
		for (Role role : List.of(Role.REPRESENTATIVE, Role.WORKSTATION_STAFF, Role.EVALUATION_GROUP, Role.AUDITOR)) {
			String user = fixture.userWith(role);
			mvc.perform(get("/api/v1/standard").with(as(user))).andExpect(status().isOk());
			mvc.perform(post("/api/v1/standard/versions").with(as(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(post("/api/v1/standard/versions").with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		assertThat(read("/api/v1/standard?on=" + day, admin()).get("effectiveFrom").asString())
			.isNotEqualTo(day.toString());
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(get("/api/v1/standard")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/standard/versions")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/standard/versions").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesInvalidItemsWithTheirFields() throws Exception {
		String office = fixture.userWith(Role.OFFICE);
		LocalDate day = freeDay(as(office));
		int versionsBefore = read("/api/v1/standard/versions?size=1000", as(office)).get("total").asInt();
		ObjectNode body = copyOfFirstVersion(day, as(office));
		ArrayNode items = (ArrayNode) body.get("items");
		((ObjectNode) items.get(1)).put("code", 1);
		((ObjectNode) items.get(2).get("rule")).remove("tiers");
		((ObjectNode) items.get(3).get("rule")).put("points", 1001);
		((ObjectNode) items.get(4)).put("category", "LEISURE");
		((ObjectNode) items.get(5)).put("title", "");
		((ObjectNode) items.get(6).get("rule")).put("kind", "ALWAYS");
		((ObjectNode) items.get(8).get("rule")).put("capPerCycle", -1);
		mvc.perform(post("/api/v1/standard/versions").with(as(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(7))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[1].code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[2].rule.tiers")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[3].rule.points")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[4].category")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[5].title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[6].rule.kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("items[8].rule.capPerCycle")))
			.andExpect(jsonPath("$.errors[?(@.field == 'items[3].rule.points')].message").value("分值应在 0 到 1000 之间"));

		mvc.perform(post("/api/v1/standard/versions").with(as(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"effectiveFrom\":\"" + day + "\",\"items\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items"));
		assertThat(read("/api/v1/standard/versions?size=1000", as(office)).get("total").asInt()).isEqualTo(versionsBefore);
	}

	@Test
	void refusesAnEffectiveDayBeforeTheLatestVersion() throws Exception {
		String office = fixture.userWith(Role.OFFICE);
		mvc.perform(post("/api/v1/standard/versions").with(as(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(copyOfFirstVersion(LocalDate.of(2000, 1, 1), as(office)))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
	}

	@Test
	void refusesASecondVersionOnTheSameDayAsAConflict() throws Exception {
		String office = fixture.userWith(Role.OFFICE);
		mvc.perform(post("/api/v1/standard/versions").with(as(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(copyOfFirstVersion(FIRST_EFFECTIVE, as(office)))))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		LocalDate day = freeDay(as(office));
		String body = json.writeValueAsString(copyOfFirstVersion(day, as(office)));
		mvc.perform(post("/api/v1/standard/versions").with(as(office)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/standard/versions").with(as(office)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict());
	}

	@Test
	void refusesMalformedJsonAndWrongTypesAsABadRequest() throws Exception {
		String office = fixture.userWith(Role.OFFICE);
		List<String> bodies = new ArrayList<>(List.of("{\"effectiveFrom\":", "not json",
				"{\"effectiveFrom\":\"2999-02-30\",\"items\":[]}",
				"{\"effectiveFrom\":\"2999-01-01\",\"items\":[{\"code\":\"one\"}]}"));
		for (String body : bodies) {
			mvc.perform(post("/api/v1/standard/versions").with(as(office)).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@OnH2
	static class OnH2Tests extends StandardApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends StandardApiTests {
	}
}
