package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.shared.Role;

/**
 * The check that holds every API response of the tests to {@code /v3/api-docs} is installed and
 * is not idle: it refuses a status the document does not list, a wrongly typed field, a null
 * where the document allows none, and an error that is not problem+json.
 */
@OnH2
class ApiContractTests {

	@Autowired
	ApiContract contract;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	static final String WORKSTATION = """
			{"id": 7, "name": "第一工作站", "type": "COMMUNITY", "displayOrder": 1, "version": 0}""";

	List<String> check(String method, String path, int status, String contentType, String body) {
		return contract.document().check(method, path, status, contentType,
				body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	@Test
	void aDocumentedResponseWithTheDocumentedShapePasses() {
		assertThat(check("GET", "/api/v1/workstations/7", 200, "application/json", WORKSTATION)).isEmpty();
		assertThat(check("GET", "/api/v1/workstations/7", 404, "application/problem+json",
				"{\"type\":\"about:blank\",\"title\":\"未找到\",\"status\":404,\"detail\":\"没有这个工作站\"}")).isEmpty();
	}

	@Test
	void aStatusTheOperationDoesNotDocumentIsRefused() {
		assertThat(check("GET", "/api/v1/workstations/7", 418, "application/json", WORKSTATION))
			.singleElement().asString().contains("status 418 is not documented for GET /api/v1/workstations/{id}");
		// created is 201: a create answering 200 is a drift too
		assertThat(check("POST", "/api/v1/workstations", 200, "application/json", WORKSTATION))
			.singleElement().asString().contains("status 200 is not documented");
	}

	@Test
	void aWronglyTypedOrMissingOrNullFieldIsRefused() {
		assertThat(check("GET", "/api/v1/workstations/7", 200, "application/json", WORKSTATION.replace("7", "\"7\"")))
			.singleElement().asString().contains("/id").contains("string");
		assertThat(check("GET", "/api/v1/workstations/7", 200, "application/json",
				WORKSTATION.replace("\"COMMUNITY\"", "\"GUILD\""))).singleElement().asString().contains("/type");
		assertThat(check("GET", "/api/v1/workstations/7", 200, "application/json",
				WORKSTATION.replace("\"第一工作站\"", "null"))).singleElement().asString().contains("/name");
	}

	@Test
	void aNullPassesExactlyWhereTheDocumentAllowsIt() {
		String activity = """
				{"id": 1, "representativeId": 2, "representativeName": "张三", "itemCode": 1,
				 "occurredOn": "2026-03-01", "status": "RECORDED", "points": 0, "title": "接待群众",
				 "description": null, "place": null, "hours": null, "satisfaction": null, "source": null,
				 "collectiveId": null, "possibleDuplicateOf": [], "createdBy": "office",
				 "createdAt": "2026-03-01T10:00:00+08:00", "updatedAt": "2026-03-01T10:00:00+08:00",
				 "version": 0, "history": []}""";
		assertThat(check("GET", "/api/v1/activities/1", 200, "application/json", activity)).isEmpty();
		assertThat(check("GET", "/api/v1/activities/1", 200, "application/json",
				activity.replace("\"title\": \"接待群众\"", "\"title\": null"))).singleElement().asString().contains("/title");
		String representative = """
				{"id": 2, "name": "张三", "gender": null, "organization": null, "position": null, "phone": null,
				 "electoralUnit": null, "term": null, "communityWorkstationId": 3, "industryWorkstationId": null,
				 "status": "ACTIVE", "startedOn": "2021-01-01", "endedOn": null, "endReason": null, "version": 0}""";
		assertThat(check("GET", "/api/v1/representatives/2", 200, "application/json", representative)).isEmpty();
		assertThat(check("GET", "/api/v1/publications/4/changes", 200, "application/json",
				"{\"previousId\": null, \"newPoints\": 0, \"rows\": [], \"gainedNothing\": []}")).isEmpty();
	}

	@Test
	void anErrorThatIsNotProblemJsonIsRefused() {
		assertThat(check("GET", "/api/v1/workstations/7", 404, "application/json", "{\"status\":404}"))
			.singleElement().asString().contains("Content-Type application/json is not documented for 404");
		assertThat(check("GET", "/api/v1/workstations/7", 404, "application/problem+json", "{\"status\":\"404\"}"))
			.isNotEmpty();
	}

	@Test
	void aPathOrMethodMissingFromTheDocumentIsRefusedWhenAHandlerAnswered() {
		assertThat(check("GET", "/api/v1/nothing-here", 200, "application/json", "{}")).singleElement()
			.asString().contains("the path is not documented");
		assertThat(check("DELETE", "/api/v1/workstations/7", 200, "application/json", "{}")).singleElement()
			.asString().contains("DELETE is not documented");
		assertThat(check("GET", "/api/v1/nothing-here", 404, "application/problem+json", "{}")).isEmpty();
	}

	@Test
	void everyApiResponseOfTheTestsIsChecked() throws Exception {
		String office = new Fixtures(context).user(Role.OFFICE);
		long before = contract.checked();
		new Api(mvc, json).get("/api/v1/workstations", office).andExpect(status().isOk());
		assertThat(contract.checked()).isEqualTo(before + 1);
	}
}
