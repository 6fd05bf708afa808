package cn.lvzhi;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls to the API as a test user (HTTP Basic), and the common steps of activity records. */
public class Api {

	private final MockMvc mvc;

	private final JsonMapper json;

	public Api(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	public ResultActions get(String url, String who) throws Exception {
		var request = MockMvcRequestBuilders.get(url);
		return mvc.perform(who == null ? request : request.with(Fixtures.as(who)));
	}


	public ResultActions post(String url, String who, Object body) throws Exception {
		var request = MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : json.writeValueAsString(body));
		return mvc.perform(who == null ? request : request.with(Fixtures.as(who)));
	}

	public ResultActions put(String url, String who, Object body) throws Exception {
		var request = MockMvcRequestBuilders.put(url).contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : json.writeValueAsString(body));
		return mvc.perform(who == null ? request : request.with(Fixtures.as(who)));
	}

	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	public JsonNode ok(String url, String who) throws Exception {
		return read(get(url, who).andExpect(status().isOk()));
	}

	/** The body of a new record: representative, item, day and a title. */
	public static Map<String, Object> activity(long representativeId, int itemCode, LocalDate day) {
		var body = new LinkedHashMap<String, Object>();
		body.put("representativeId", representativeId);
		body.put("itemCode", itemCode);
		body.put("occurredOn", day.toString());
		body.put("title", "履职活动 " + itemCode + " " + day);
		return body;
	}

	/** Creates a record as {@code who} and answers its id. */
	public long create(String who, Map<String, Object> body) throws Exception {
		return read(post("/api/v1/activities", who, body).andExpect(status().isCreated())).get("id").asLong();
	}

	/** Enters a record as {@code who} (staff or office: RECORDED) and verifies it as {@code verifier}. */
	public JsonNode enterAndVerify(String who, String verifier, Map<String, Object> body) throws Exception {
		long id = create(who, body);
		return verify(verifier, id);
	}

	public JsonNode verify(String verifier, long id) throws Exception {
		return read(post("/api/v1/activities/" + id + "/verify", verifier, "{}").andExpect(status().isOk()));
	}

	public static Map<String, Object> reason(String reason) {
		return Map.of("reason", reason);
	}

	/** The ids of a list answer's {@code items}, in their order. */
	public static java.util.List<Long> ids(JsonNode page) {
		var ids = new java.util.ArrayList<Long>();
		page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
		return ids;
	}
}
