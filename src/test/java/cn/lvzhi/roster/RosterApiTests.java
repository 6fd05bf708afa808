package cn.lvzhi.roster;

import static cn.lvzhi.Fixtures.as;
import static cn.lvzhi.Fixtures.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/** The roster's HTTP contract (API.md "Roster"), on both databases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
abstract class RosterApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	String office;

	String evaluation;

	String auditor;

	Workstation community;

	Workstation otherCommunity;

	Workstation industry;

	Representative member;

	Representative stranger;

	@BeforeAll
	void setUp() {
		fixtures = new Fixtures(context);
		office = fixtures.user(Role.OFFICE);
		evaluation = fixtures.user(Role.EVALUATION_GROUP);
		auditor = fixtures.user(Role.AUDITOR);
		community = fixtures.community();
		otherCommunity = fixtures.community();
		industry = fixtures.industry();
		member = fixtures.representative(community, industry);
		stranger = fixtures.representative(otherCommunity);
	}

	/** Today as the application sees it: other tests move the shared clock (sign-in lock-outs). */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	ResultActions postJson(String url, String user, Object body) throws Exception {
		return mvc.perform(withJson(post(url), body).with(as(user)));
	}

	MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : json.writeValueAsString(body));
	}

	String representativeJson(String name, String phone, Long communityId, Long industryId) {
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("name", name);
		body.put("gender", "MALE");
		body.put("organization", "盐田区某街道办事处");
		body.put("position", "主任");
		body.put("phone", phone);
		body.put("electoralUnit", "某街道党工委");
		body.put("term", "第三届");
		body.put("communityWorkstationId", communityId);
		body.put("industryWorkstationId", industryId);
		return json.writeValueAsString(body);
	}

	long idOf(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

	// --- workstations ---

	@Test
	void officeCreatesWorkstationsAndEveryoneListsThemInDisplayOrder() throws Exception {
		String late = Fixtures.unique("乙工作室");
		String early = Fixtures.unique("甲工作室");
		postJson("/api/v1/workstations", office, java.util.Map.of("name", late, "type", "COMMUNITY", "displayOrder", 900001))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.name").value(late))
			.andExpect(jsonPath("$.type").value("COMMUNITY"))
			.andExpect(jsonPath("$.displayOrder").value(900001));
		postJson("/api/v1/workstations", office, java.util.Map.of("name", early, "type", "INDUSTRY", "displayOrder", 900000))
			.andExpect(status().isCreated());
		String body = mvc.perform(get("/api/v1/workstations").with(as(evaluation)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var orders = json.readTree(body).findValuesAsString("name");
		assertThat(orders.indexOf(early)).isNotNegative().isLessThan(orders.indexOf(late));
		var displayOrders = json.readTree(body).findValues("displayOrder").stream().map(n -> n.asInt()).toList();
		assertThat(displayOrders).isSorted();
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().equals("WORKSTATION_CREATED"))).hasSize(2);
	}

	@Test
	void refusesAnInvalidWorkstationWithFieldErrors() throws Exception {
		postJson("/api/v1/workstations", office, java.util.Map.of("name", " ", "displayOrder", -1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "type", "displayOrder")));
	}

	@Test
	void refusesASecondWorkstationOfTheSameName() throws Exception {
		postJson("/api/v1/workstations", office,
				java.util.Map.of("name", community.name(), "type", "COMMUNITY", "displayOrder", 1))
			.andExpect(status().isConflict());
	}

	@Test
	void answersMalformedJsonAndUnknownTypesWith400() throws Exception {
		postJson("/api/v1/workstations", office, "{\"name\": ").andExpect(status().isBadRequest());
		postJson("/api/v1/workstations", office, "{\"name\":\"x\",\"type\":\"VILLAGE\",\"displayOrder\":1}")
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/representatives").param("status", "RETIRED").with(as(office)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void letsAdminsReadWorkstationsButNotTheRoster() throws Exception {
		mvc.perform(get("/api/v1/workstations").with(asAdmin())).andExpect(status().isOk());
		postJson("/api/v1/workstations", "admin", java.util.Map.of("name", "x", "type", "COMMUNITY", "displayOrder", 1))
			.andExpect(status().isUnauthorized()); // the admin's password is not TestUsers.PASSWORD
		mvc.perform(withJson(post("/api/v1/workstations"),
				java.util.Map.of("name", Fixtures.unique("管理员的"), "type", "COMMUNITY", "displayOrder", 1))
			.with(asAdmin())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives").with(asAdmin())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(asAdmin())).andExpect(status().isForbidden());
	}

	@Test
	void givesAuditorsNoRosterAccess() throws Exception {
		mvc.perform(get("/api/v1/workstations").with(as(auditor))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives").with(as(auditor))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(auditor)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives/export").with(as(auditor))).andExpect(status().isForbidden());
	}

	@Test
	void asksForCredentials() throws Exception {
		mvc.perform(get("/api/v1/workstations")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/representatives/" + member.id())).andExpect(status().isUnauthorized());
		// A POST without credentials from a browser-like client needs a CSRF token before it
		// even gets to authentication; with one, it is a plain 401.
		mvc.perform(withJson(post("/api/v1/representatives"), "{}").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void editsAWorkstationAndRefusesAStaleVersion() throws Exception {
		Workstation ws = fixtures.community();
		String renamed = Fixtures.unique("改名工作室");
		mvc.perform(withJson(put("/api/v1/workstations/" + ws.id()),
				java.util.Map.of("name", renamed, "type", "COMMUNITY", "displayOrder", 7, "version", ws.version()))
			.with(as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(renamed))
			.andExpect(jsonPath("$.displayOrder").value(7))
			.andExpect(jsonPath("$.version").value(ws.version() + 1));
		mvc.perform(withJson(put("/api/v1/workstations/" + ws.id()),
				java.util.Map.of("name", renamed, "type", "COMMUNITY", "displayOrder", 8, "version", ws.version()))
			.with(as(office))).andExpect(status().isConflict());
		mvc.perform(withJson(put("/api/v1/workstations/999999999"),
				java.util.Map.of("name", renamed, "type", "COMMUNITY", "displayOrder", 8)).with(as(office)))
			.andExpect(status().isNotFound());
		mvc.perform(withJson(put("/api/v1/workstations/" + ws.id()),
				java.util.Map.of("name", renamed, "type", "COMMUNITY", "displayOrder", 8)).with(as(evaluation)))
			.andExpect(status().isForbidden());
	}

	@Test
	void keepsTheTypeOfAWorkstationThatRepresentativesUse() throws Exception {
		mvc.perform(withJson(put("/api/v1/workstations/" + community.id()),
				java.util.Map.of("name", community.name(), "type", "INDUSTRY", "displayOrder", 1)).with(as(office)))
			.andExpect(status().isConflict());
	}

	// --- representatives ---

	@Test
	void officeRegistersARepresentativeWithAllFields() throws Exception {
		String name = Fixtures.unique("张");
		String phone = Fixtures.phone();
		var result = postJson("/api/v1/representatives", office,
				representativeJson(name, phone, community.id(), industry.id()))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.gender").value("MALE"))
			.andExpect(jsonPath("$.organization").value("盐田区某街道办事处"))
			.andExpect(jsonPath("$.position").value("主任"))
			.andExpect(jsonPath("$.phone").value(phone))
			.andExpect(jsonPath("$.electoralUnit").value("某街道党工委"))
			.andExpect(jsonPath("$.term").value("第三届"))
			.andExpect(jsonPath("$.communityWorkstationId").value(community.id()))
			.andExpect(jsonPath("$.industryWorkstationId").value(industry.id()))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.startedOn").value(today().toString()))
			.andExpect(jsonPath("$.endedOn").isEmpty());
		long id = idOf(result);
		mvc.perform(get("/api/v1/representatives/" + id).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name));
		assertThat(events.stream(RosterEvent.class))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("REPRESENTATIVE_CREATED");
				assertThat(e.recordId()).isEqualTo(String.valueOf(id));
				assertThat(e.summary()).doesNotContain(phone).contains(Masking.phone(phone));
			});
	}

	@Test
	void refusesAnInvalidRepresentativeWithFieldErrorsInChinese() throws Exception {
		postJson("/api/v1/representatives", office, representativeJson("", "12345", null, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "phone", "communityWorkstationId")))
			.andExpect(jsonPath("$.errors[?(@.field=='phone')].message", hasItem(
					org.hamcrest.Matchers.containsString("联系电话格式不正确"))));
		postJson("/api/v1/representatives", office, representativeJson("名".repeat(51), null, community.id(), null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void refusesWorkstationsOfTheWrongTypeOrUnknown() throws Exception {
		postJson("/api/v1/representatives", office,
				representativeJson(Fixtures.unique("李"), null, industry.id(), community.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("communityWorkstationId", "industryWorkstationId")))
			.andExpect(jsonPath("$.errors[?(@.field=='communityWorkstationId')].message")
				.value("挂点工作室须为社区党代表工作室"));
		postJson("/api/v1/representatives", office,
				representativeJson(Fixtures.unique("李"), null, 987654321L, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("工作室不存在"));
	}

	@Test
	void onlyTheOfficeRegistersEditsAndEnds() throws Exception {
		String staff = fixtures.staffOf(community);
		for (String user : List.of(evaluation, staff)) {
			postJson("/api/v1/representatives", user,
					representativeJson(Fixtures.unique("王"), null, community.id(), null))
				.andExpect(status().isForbidden());
			mvc.perform(withJson(put("/api/v1/representatives/" + member.id()),
					representativeJson("王", null, community.id(), null)).with(as(user)))
				.andExpect(status().isForbidden());
			postJson("/api/v1/representatives/" + member.id() + "/end", user,
					java.util.Map.of("endedOn", today().toString(), "reason", "调离"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/representatives/export").with(as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void answersAnUnknownRepresentativeWith404() throws Exception {
		mvc.perform(get("/api/v1/representatives/987654321").with(as(office))).andExpect(status().isNotFound());
		postJson("/api/v1/representatives/987654321/end", office,
				java.util.Map.of("endedOn", today().toString(), "reason", "调离"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/representatives/abc").with(as(office))).andExpect(status().isBadRequest());
	}

	@Test
	void showsThePhoneInFullOnlyToTheOffice() throws Exception {
		String full = member.phone();
		String masked = Masking.phone(full);
		assertThat(masked).isNotEqualTo(full);
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(office)))
			.andExpect(jsonPath("$.phone").value(full));
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(evaluation)))
			.andExpect(jsonPath("$.phone").value(masked));
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(fixtures.staffOf(community))))
			.andExpect(jsonPath("$.phone").value(masked));
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(fixtures.userOf(member))))
			.andExpect(jsonPath("$.phone").value(masked));
		mvc.perform(get("/api/v1/representatives").param("workstationId", community.id().toString())
			.with(as(evaluation)))
			.andExpect(jsonPath("$.items[*].phone", hasItem(masked)))
			.andExpect(jsonPath("$.items[*].phone", not(hasItem(full))));
		mvc.perform(get("/api/v1/representatives").param("workstationId", community.id().toString()).with(as(office)))
			.andExpect(jsonPath("$.items[*].phone", hasItem(full)));
	}

	@Test
	void auditsEveryTimeThePhoneIsShownInFull() throws Exception {
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(evaluation))).andExpect(status().isOk());
		assertThat(events.stream(RosterEvent.class)).isEmpty();
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(office))).andExpect(status().isOk());
		assertThat(events.stream(RosterEvent.class)).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("REPRESENTATIVE_PHONE_VIEWED");
			assertThat(e.recordId()).isEqualTo(member.id().toString());
			assertThat(e.summary()).doesNotContain(member.phone());
		});
	}

	@Test
	void letsWorkstationStaffSeeOnlyTheirWorkstationsRepresentatives() throws Exception {
		String communityStaff = fixtures.staffOf(community);
		String industryStaff = fixtures.staffOf(industry);
		String otherStaff = fixtures.staffOf(otherCommunity);
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(communityStaff)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(industryStaff)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(otherStaff)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives").param("workstationId", community.id().toString())
			.with(as(otherStaff))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives").with(as(otherStaff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(stranger.id().intValue())))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(member.id().intValue()))))
			.andExpect(jsonPath("$.items[*].communityWorkstationId", org.hamcrest.Matchers
				.everyItem(org.hamcrest.Matchers.is(otherCommunity.id().intValue()))));
		mvc.perform(get("/api/v1/representatives").with(as(industryStaff)))
			.andExpect(jsonPath("$.items[*].id", hasItem(member.id().intValue())))
			.andExpect(jsonPath("$.items[*].industryWorkstationId", org.hamcrest.Matchers
				.everyItem(org.hamcrest.Matchers.is(industry.id().intValue()))));
	}

	@Test
	void letsARepresentativeReadOnlyTheirOwnRecord() throws Exception {
		String self = fixtures.userOf(member);
		mvc.perform(get("/api/v1/representatives/" + member.id()).with(as(self))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/representatives/" + stranger.id()).with(as(self)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/representatives").with(as(self)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(member.id()));
	}

	@Test
	void listsPagedAndFilteredByWorkstationStatusAndName() throws Exception {
		Workstation ws = fixtures.community();
		Representative a = fixtures.representative(ws);
		Representative b = fixtures.representative(ws);
		Representative c = fixtures.representative(ws);
		fixtures.representatives.end(fixtures.district, c.id(), today(), "调离");
		mvc.perform(get("/api/v1/representatives").param("workstationId", ws.id().toString())
			.param("size", "2")
			.with(as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items", hasSize(2)));
		mvc.perform(get("/api/v1/representatives").param("workstationId", ws.id().toString())
			.param("status", "ACTIVE")
			.with(as(office)))
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder(a.id().intValue(), b.id().intValue())));
		mvc.perform(get("/api/v1/representatives").param("workstationId", ws.id().toString())
			.param("status", "ENDED")
			.with(as(evaluation)))
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder(c.id().intValue())))
			.andExpect(jsonPath("$.items[0].status").value("ENDED"));
		mvc.perform(get("/api/v1/representatives").param("q", b.name().substring(2)).with(as(office)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(b.id()));
		mvc.perform(get("/api/v1/representatives").param("size", "1001").with(as(office)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void endsATermOnceAndKeepsTheRecord() throws Exception {
		Representative r = fixtures.representative(community);
		postJson("/api/v1/representatives/" + r.id() + "/end", office,
				java.util.Map.of("endedOn", today().toString(), "reason", "换届"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endedOn").value(today().toString()))
			.andExpect(jsonPath("$.endReason").value("换届"));
		postJson("/api/v1/representatives/" + r.id() + "/end", office,
				java.util.Map.of("endedOn", today().toString(), "reason", "换届"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/representatives/" + r.id()).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().equals("REPRESENTATIVE_ENDED"))).hasSize(1);
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().equals("REPRESENTATIVE_PHONE_VIEWED")))
			.hasSize(1);
	}

	@Test
	void refusesAnEndBeforeTheStartInTheFutureOrWithoutReason() throws Exception {
		Representative r = fixtures.representative(community);
		postJson("/api/v1/representatives/" + r.id() + "/end", office,
				java.util.Map.of("endedOn", today().minusDays(1).toString(), "reason", "换届"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endedOn"));
		postJson("/api/v1/representatives/" + r.id() + "/end", office,
				java.util.Map.of("endedOn", today().plusDays(2).toString(), "reason", "换届"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("任期结束日期不能晚于今天"));
		postJson("/api/v1/representatives/" + r.id() + "/end", office, java.util.Map.of("endedOn", today().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postJson("/api/v1/representatives/" + r.id() + "/end", office, "{\"endedOn\":\"2026-13-45\",\"reason\":\"x\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void correctsARepresentativeAndRefusesAStaleVersion() throws Exception {
		Representative r = fixtures.representative(community);
		String body = representativeJson(r.name() + "改", "0755-25228888", community.id(), industry.id());
		String withVersion = body.replace("}", ",\"version\":" + r.version() + "}");
		mvc.perform(withJson(put("/api/v1/representatives/" + r.id()), withVersion).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(r.name() + "改"))
			.andExpect(jsonPath("$.phone").value("0755-25228888"))
			.andExpect(jsonPath("$.industryWorkstationId").value(industry.id()))
			.andExpect(jsonPath("$.version").value(r.version() + 1));
		mvc.perform(withJson(put("/api/v1/representatives/" + r.id()), withVersion).with(as(office)))
			.andExpect(status().isConflict());
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().equals("REPRESENTATIVE_CHANGED"))).hasSize(1);
	}

	@Test
	void documentsTheRosterEndpointsInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/workstations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/representatives/{id}/end'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/representatives/import'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/representatives/export'].get").exists());
	}

	@OnH2
	static class OnH2Tests extends RosterApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends RosterApiTests {
	}
}
