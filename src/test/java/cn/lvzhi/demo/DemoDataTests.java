package cn.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.TestClock;

/** The demo profile gives a trial everything README promises: a roster and a user for each role. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:lvzhi-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Configuration.class)
class DemoDataTests {

	/** The clock the demo data was made with (the district's zone). */
	@Autowired
	TestClock clock;

	static final String DEMO_PASSWORD = "Lvzhi-Demo-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "admin, ADMIN", "office, OFFICE", "evaluation, EVALUATION_GROUP", "staff, WORKSTATION_STAFF",
			"rep, REPRESENTATIVE", "auditor, AUDITOR" })
	void everyDemoUserSignsInWithTheReadmePassword(String username, String role) throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic(username, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value(role));
	}

	@Test
	void createsWorkstationsOfBothKindsAndAboutTwentyRepresentatives() {
		assertThat(jdbc.sql("select count(*) from workstation where type = 'COMMUNITY'").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from workstation where type = 'INDUSTRY'").query(Long.class).single())
			.isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from representative").query(Long.class).single()).isBetween(18L, 25L);
	}

	@Test
	void givesTheRepresentativesAYearOfVerifiedActivityWithPointsInTheLedger() {
		long verified = jdbc.sql("select count(*) from activity where status = 'VERIFIED'").query(Long.class).single();
		assertThat(verified).isGreaterThan(50);
		long booked = jdbc.sql("select coalesce(sum(points), 0) from ledger_entry").query(Long.class).single();
		long accounts = jdbc.sql("select coalesce(sum(total), 0) from ledger_account").query(Long.class).single();
		assertThat(booked).isPositive().isEqualTo(accounts);
	}

	@Test
	void leavesTheDemoRepresentativeAReportForTheWorkstationAndOneToAmend() throws Exception {
		mvc.perform(get("/api/v1/activities").param("status", "RETURNED").with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/activities").param("status", "SUBMITTED").with(httpBasic("staff", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void publishesTheQuartersThatAreOverAndLeavesAReviewAndAComplaintForTheGroup() throws Exception {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		int over = (today.getMonthValue() - 1) / 3;
		int cases = today.getDayOfYear() < 10 ? 0 : 1; // the demo leaves them from the year's tenth day
		mvc.perform(get("/api/v1/public/publications"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(over));
		mvc.perform(get("/api/v1/reviews").param("status", "OPEN").with(httpBasic("evaluation", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(cases));
		mvc.perform(get("/api/v1/complaints").param("status", "OPEN").with(httpBasic("evaluation", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(cases));
	}

	@Test
	void givesTheDemoRepresentativeProposalsInSeveralStatesAndAMotionWithOneCosignatureMissing() throws Exception {
		var body = mvc.perform(get("/api/v1/proposals").with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"status\":\"DRAFT\"", "\"status\":\"SUBMITTED\"", "\"status\":\"ANSWERED\"",
				"\"status\":\"EVALUATED\"", "\"status\":\"WITHDRAWN\"");
		mvc.perform(get("/api/v1/proposals").param("status", "ANSWERED").with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.items[0].kind").value("MOTION"))
			.andExpect(jsonPath("$.items[0].cosigners").value(2))
			.andExpect(jsonPath("$.items[0].confirmedCosigners").value(1));
		assertThat(jdbc.sql("select count(*) from activity where source_type = 'PROPOSAL' and status = 'VERIFIED'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from activity where source_type = 'PROPOSAL' and status = 'RECORDED'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void involvesTheDemoRepresentativeInAReportedInspectionAnAnsweredInquiryAndAWrittenOpinion() throws Exception {
		mvc.perform(get("/api/v1/inspections").with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].reported").value(true))
			.andExpect(jsonPath("$.items[0].reportFile").value(true));
		long inspection = jdbc.sql("select id from inspection").query(Long.class).single();
		mvc.perform(get("/api/v1/inspections/" + inspection).with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participants[0].status").value("VERIFIED"))
			.andExpect(jsonPath("$.participants[0].points").value(10));
		mvc.perform(get("/api/v1/inquiries").with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].answered").value(true));
		mvc.perform(get("/api/v1/written-opinions").with(httpBasic("rep", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].document").value(true));
		long opinion = jdbc.sql("select id from written_opinion").query(Long.class).single();
		byte[] document = mvc.perform(get("/api/v1/written-opinions/" + opinion + "/document")
			.with(httpBasic("staff", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void leavesAppealsInEveryStateWithTheDemoRepresentativesVerifiedItemTwoAndThreePoints() throws Exception {
		assertThat(jdbc.sql("select distinct status from appeal").query(String.class).list())
			.containsExactlyInAnyOrder("RECEIVED", "PROXIED", "ASSIGNED", "RESOLVED", "RATED");
		assertThat(jdbc.sql("select count(*) from appeal where reopened").query(Long.class).single()).isEqualTo(1L);
		String verified = "select count(*) from activity a join representative r on r.id = a.representative_id"
				+ " where a.source_type = 'APPEAL' and a.status = 'VERIFIED' and a.item_code = ? and r.name = '王建国'";
		assertThat(jdbc.sql(verified).param(2).query(Long.class).single()).isEqualTo(2L);
		assertThat(jdbc.sql(verified).param(3).query(Long.class).single()).isEqualTo(1L);
		mvc.perform(get("/api/v1/appeals").param("overdue", "true").with(httpBasic("staff", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2));
	}
}
