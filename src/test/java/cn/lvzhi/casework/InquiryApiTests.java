package cn.lvzhi.casework;

import static cn.lvzhi.casework.CollectiveCaseApiSupport.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;

/**
 * The contract of {@code /api/v1/inquiries} (询问 / 质询): entered once with the participants as one
 * RECORDED item-10 record each, 5 points each once verified; the department's answer then or
 * afterwards, once; an unknown kind named as a field; nothing half-written.
 */
abstract class InquiryApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	CollectiveCaseApiSupport s;

	@BeforeEach
	void setUp() {
		s = new CollectiveCaseApiSupport(context, mvc, json, jdbc);
	}

	static Map<String, Object> inquiry(String kind, LocalDate day, Long... participants) {
		var body = new LinkedHashMap<String, Object>();
		body.put("kind", kind);
		body.put("occurredOn", day.toString());
		body.put("department", "区住房和建设局");
		body.put("question", "老旧小区加装电梯的补贴何时发放?");
		body.put("participantIds", Arrays.asList(participants));
		return body;
	}

	JsonNode enter(String who, Map<String, Object> body) throws Exception {
		return s.api.read(s.api.post("/api/v1/inquiries", who, body).andExpect(status().isCreated()));
	}

	@Test
	void staffEnterAQuestioningAsItem10RecordsOf5PointsAndAParticipantWritesDownTheAnswerOnce() throws Exception {
		Long neighbour = s.fixture.representativeSince(s.community, null, CollectiveCaseApiSupport.STARTED).id();
		JsonNode created = enter(s.staff, inquiry("QUESTIONING", DAY, s.rep.id(), neighbour));
		long id = created.get("id").asLong();
		for (JsonNode activity : created.get("activityIds")) {
			JsonNode record = s.api.ok("/api/v1/activities/" + activity.asLong(), s.office);
			assertThat(record.get("status").asString()).isEqualTo("RECORDED");
			assertThat(record.get("itemCode").asInt()).isEqualTo(10);
			assertThat(record.get("title").asString()).isEqualTo("质询:区住房和建设局");
			assertThat(record.get("description").asString()).isEqualTo("老旧小区加装电梯的补贴何时发放?");
			assertThat(s.api.verify(s.office, activity.asLong()).get("points").asInt()).isEqualTo(5);
		}
		s.api.get("/api/v1/inquiries/" + id, s.repUser)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("QUESTIONING"))
			.andExpect(jsonPath("$.department").value("区住房和建设局"))
			.andExpect(jsonPath("$.answer").isEmpty())
			.andExpect(jsonPath("$.participants[*].points").value(containsInAnyOrder(5, 5)));
		String answer = "/api/v1/inquiries/" + id + "/answer";
		s.api.post(answer, s.otherUser, Map.of("answer", "x")).andExpect(status().isForbidden());
		s.api.post(answer, s.group, Map.of("answer", "x")).andExpect(status().isForbidden());
		s.api.post(answer, s.repUser, Map.of("answer", "")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answer"));
		s.api.post(answer, s.repUser, Map.of("answer", "补贴将于六月底前发放到位。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer.text").value("补贴将于六月底前发放到位。"))
			.andExpect(jsonPath("$.answer.writtenBy").value(s.repUser));
		s.api.post(answer, s.office, Map.of("answer", "另一个答复")).andExpect(status().isConflict());
		s.api.post("/api/v1/inquiries/" + Long.MAX_VALUE + "/answer", s.office, Map.of("answer", "x"))
			.andExpect(status().isNotFound());
		assertThat(s.audit("INQUIRY", id)).containsExactly("INQUIRY_ENTERED", "INQUIRY_ANSWERED");
	}

	@Test
	void anAnswerGivenAtOnceIsKeptAndNotWrittenAgain() throws Exception {
		var body = inquiry("INQUIRY", DAY, s.rep.id());
		body.put("answer", "当场答复:下周安排现场办公。");
		long id = enter(s.office, body).get("id").asLong();
		s.api.get("/api/v1/inquiries/" + id, s.industryStaff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("INQUIRY"))
			.andExpect(jsonPath("$.answer.text").value("当场答复:下周安排现场办公。"))
			.andExpect(jsonPath("$.answer.writtenBy").value(s.office));
		s.api.post("/api/v1/inquiries/" + id + "/answer", s.staff, Map.of("answer", "再答复"))
			.andExpect(status().isConflict());
	}

	@Test
	void anUnknownKindAndMissingFieldsAre422NamingThemAndNothingIsWritten() throws Exception {
		long before = s.rows("inquiry");
		long collectives = s.rows("collective_activity");
		long records = s.records(s.rep, s.other);
		var unknown = inquiry("HEARING", DAY, s.rep.id());
		s.api.post("/api/v1/inquiries", s.office, unknown)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind")));
		var missing = inquiry(null, DAY, s.rep.id());
		missing.put("department", " ");
		missing.remove("question");
		missing.put("answer", "答".repeat(10001));
		s.api.post("/api/v1/inquiries", s.office, missing)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "department", "question",
					"answer")));
		var longDepartment = inquiry("INQUIRY", DAY, s.rep.id(), Long.MAX_VALUE);
		longDepartment.put("department", "局".repeat(201));
		s.api.post("/api/v1/inquiries", s.office, longDepartment)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("department", "participantIds[1]")));
		s.api.post("/api/v1/inquiries", s.office, inquiry("INQUIRY", DAY, s.rep.id(), s.newcomer().id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[1]"));
		// permission before validation: a participant not the staff's is 403 whatever else is wrong
		s.api.post("/api/v1/inquiries", s.staff, inquiry("HEARING", DAY, s.rep.id(), s.other.id()))
			.andExpect(status().isForbidden());
		s.api.post("/api/v1/inquiries", s.repUser, inquiry("INQUIRY", DAY, s.rep.id())).andExpect(status().isForbidden());
		assertThat(s.rows("inquiry")).isEqualTo(before);
		assertThat(s.rows("collective_activity")).isEqualTo(collectives);
		assertThat(s.records(s.rep, s.other)).isEqualTo(records);
	}

	@Test
	void listsByYearAndKindOnlyWhatEachUserMaySee() throws Exception {
		long asked = enter(s.office, inquiry("INQUIRY", DAY, s.rep.id())).get("id").asLong();
		long questioned = enter(s.office, inquiry("QUESTIONING", DAY, s.rep.id())).get("id").asLong();
		long theirs = enter(s.otherStaff, inquiry("INQUIRY", DAY, s.other.id())).get("id").asLong();
		assertThat(Api.ids(s.api.ok("/api/v1/inquiries?size=1000&kind=QUESTIONING", s.repUser))).contains(questioned)
			.doesNotContain(asked, theirs);
		assertThat(Api.ids(s.api.ok("/api/v1/inquiries?size=1000", s.staff))).contains(asked, questioned)
			.doesNotContain(theirs);
		assertThat(Api.ids(s.api.ok("/api/v1/inquiries?size=1000&year=" + DAY.getYear(), s.office))).contains(asked,
				questioned, theirs);
		assertThat(Api.ids(s.api.ok("/api/v1/inquiries?size=1000&year=" + (DAY.getYear() + 1), s.office)))
			.doesNotContain(asked, questioned, theirs);
		s.api.get("/api/v1/inquiries?kind=HEARING", s.office)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		s.api.get("/api/v1/inquiries/" + theirs, s.repUser).andExpect(status().isForbidden());
		s.api.get("/api/v1/inquiries", s.auditor).andExpect(status().isForbidden());
	}


	@OnH2
	static class OnH2Tests extends InquiryApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends InquiryApiTests {
	}
}
