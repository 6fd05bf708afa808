package cn.lvzhi.casework;

import static cn.lvzhi.casework.CollectiveCaseApiSupport.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * The contract of {@code /api/v1/written-opinions} (书面意见建议): entered once with the
 * representatives who wrote it as one RECORDED item-11 record each, 10 points each once verified;
 * its document added once, checked like evidence; nothing half-written.
 */
abstract class WrittenOpinionApiTests {

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

	static Map<String, Object> opinion(LocalDate day, Long... participants) {
		var body = new LinkedHashMap<String, Object>();
		body.put("occurredOn", day.toString());
		body.put("title", "关于改进履职考评的书面意见");
		body.put("content", "建议把群众满意度纳入年终评议。");
		body.put("participantIds", Arrays.asList(participants));
		return body;
	}

	@Test
	void theOfficeEntersAnOpinionAsItem11RecordsOf10PointsAndItsDocumentOnce() throws Exception {
		JsonNode created = s.api.read(s.api.post("/api/v1/written-opinions", s.office, opinion(DAY, s.rep.id(),
				s.other.id())).andExpect(status().isCreated()));
		long id = created.get("id").asLong();
		for (JsonNode activity : created.get("activityIds")) {
			JsonNode record = s.api.ok("/api/v1/activities/" + activity.asLong(), s.office);
			assertThat(record.get("itemCode").asInt()).isEqualTo(11);
			assertThat(record.get("description").asString()).isEqualTo("建议把群众满意度纳入年终评议。");
			assertThat(s.api.verify(s.office, activity.asLong()).get("points").asInt()).isEqualTo(10);
		}
		s.api.get("/api/v1/written-opinions/" + id, s.otherUser)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").value("建议把群众满意度纳入年终评议。"))
			.andExpect(jsonPath("$.document").isEmpty())
			.andExpect(jsonPath("$.participants[*].points").value(containsInAnyOrder(10, 10)));
		String document = "/api/v1/written-opinions/" + id + "/document";
		s.api.get(document, s.office).andExpect(status().isNotFound());
		s.upload(document, s.group, "意见.pdf", CaseSamples.pdf()).andExpect(status().isForbidden());
		s.upload(document, s.otherStaff, "意见.pdf", CaseSamples.pdf()).andExpect(status().isOk())
			.andExpect(jsonPath("$.document.filename").value("意见.pdf"))
			.andExpect(jsonPath("$.document.contentType").value("application/pdf"));
		s.upload(document, s.repUser, "第二份.pdf", CaseSamples.pdf()).andExpect(status().isConflict());
		assertThat(s.api.get(document, s.repUser).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray()).isEqualTo(CaseSamples.pdf());
		assertThat(s.audit("WRITTEN_OPINION", id)).containsExactly("WRITTEN_OPINION_ENTERED",
				"WRITTEN_OPINION_FILE_ADDED", "WRITTEN_OPINION_FILE_DOWNLOADED");
	}

	@Test
	void aDocumentOfAnotherTypeOrTooLargeIsRefusedAndNothingKept() throws Exception {
		long id = s.api.read(s.api.post("/api/v1/written-opinions", s.staff, opinion(DAY, s.rep.id()))
			.andExpect(status().isCreated())).get("id").asLong();
		String document = "/api/v1/written-opinions/" + id + "/document";
		s.upload(document, s.staff, "意见.docx", CaseSamples.text()).andExpect(status().isUnsupportedMediaType());
		s.upload(document, s.staff, "意见.pdf", Arrays.copyOf(CaseSamples.pdf(), 20 * 1024 * 1024 + 1))
			.andExpect(status().isContentTooLarge());
		s.upload(document, s.staff, "意见.pdf", new byte[0]).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		s.api.get("/api/v1/written-opinions/" + id, s.staff).andExpect(jsonPath("$.document").isEmpty());
	}

	@Test
	void missingOrTooLongContentAndUnknownParticipantsAre422AndNothingIsWritten() throws Exception {
		long before = s.rows("written_opinion");
		long collectives = s.rows("collective_activity");
		long records = s.records(s.rep);
		var missing = opinion(DAY, s.rep.id());
		missing.remove("content");
		missing.put("title", "");
		s.api.post("/api/v1/written-opinions", s.office, missing)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "content")));
		var tooLong = opinion(DAY, s.rep.id());
		tooLong.put("content", "意".repeat(10001));
		s.api.post("/api/v1/written-opinions", s.office, tooLong)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("content")));
		s.api.post("/api/v1/written-opinions", s.office, opinion(DAY, s.rep.id(), Long.MAX_VALUE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[1]"));
		s.api.post("/api/v1/written-opinions", s.office, opinion(DAY))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds"));
		assertThat(s.rows("written_opinion")).isEqualTo(before);
		assertThat(s.rows("collective_activity")).isEqualTo(collectives);
		assertThat(s.records(s.rep)).isEqualTo(records);
	}

	@Test
	void listsOnlyWhatEachUserMaySee() throws Exception {
		long mine = s.api.read(s.api.post("/api/v1/written-opinions", s.office, opinion(DAY, s.rep.id()))
			.andExpect(status().isCreated())).get("id").asLong();
		long theirs = s.api.read(s.api.post("/api/v1/written-opinions", s.office, opinion(DAY, s.other.id()))
			.andExpect(status().isCreated())).get("id").asLong();
		List<Long> seen = Api.ids(s.api.ok("/api/v1/written-opinions?size=1000", s.repUser));
		assertThat(seen).contains(mine).doesNotContain(theirs);
		assertThat(Api.ids(s.api.ok("/api/v1/written-opinions?size=1000&year=" + DAY.getYear(),
				s.group))).contains(mine, theirs);
		s.api.get("/api/v1/written-opinions/" + mine, s.otherStaff).andExpect(status().isForbidden());
	}

	@OnH2
	static class OnH2Tests extends WrittenOpinionApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends WrittenOpinionApiTests {
	}
}
