package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import cn.lvzhi.ApiContract;
import cn.lvzhi.OnH2;

/**
 * What {@code /v3/api-docs} says beyond what the responses of the contract tests show: which
 * fields may be null, which operations need no credentials, the limits of lists, and the
 * statuses and problem+json of errors.
 */
@OnH2
class OpenApiDocumentTests {

	@Autowired
	ApiContract contract;

	JsonNode doc() {
		return contract.document().root();
	}

	JsonNode schema(String name) {
		return doc().path("components").path("schemas").path(name);
	}

	JsonNode operation(String path, String method) {
		return doc().path("paths").path(path).path(method);
	}

	JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode p : operation.path("parameters")) {
			if (name.equals(p.path("name").asString())) {
				return p;
			}
		}
		throw new AssertionError("no parameter " + name);
	}

	@Test
	void fieldsThatCanBeNullSayNullAndOthersDoNot() {
		assertThat(schema("ActivityResponse").at("/properties/satisfaction/type").toString()).contains("\"null\"");
		assertThat(schema("RepresentativeResponse").at("/properties/industryWorkstationId/type").toString())
			.contains("\"null\"");
		assertThat(schema("PublicationChanges").at("/properties/previousId/type").toString()).contains("\"null\"");
		assertThat(schema("ActivityResponse").at("/properties/title/type").toString()).isEqualTo("\"string\"");
		assertThat(schema("RepresentativeResponse").at("/properties/communityWorkstationId/type").toString())
			.doesNotContain("null");
	}

	@Test
	void publicOperationsNeedNoCredentialsAndTheOthersNeedBasic() {
		assertThat(doc().path("security").toString()).isEqualTo("[{\"basic\":[]}]");
		for (JsonNode op : new JsonNode[] { operation("/api/v1/public/publications", "get"),
				operation("/api/v1/public/publications/{id}", "get"), operation("/api/v1/complaints", "post"),
				operation("/api/v1/public/complaints/{code}", "get") }) {
			assertThat(op.path("security").isArray()).isTrue();
			assertThat(op.path("security")).isEmpty();
		}
		assertThat(operation("/api/v1/public/publications", "get").path("responses").has("403")).isFalse();
		for (JsonNode op : new JsonNode[] { operation("/api/v1/complaints", "get"),
				operation("/api/v1/activities", "post"), operation("/api/v1/me", "get") }) {
			assertThat(op.has("security")).isFalse();
			assertThat(op.path("responses").has("401")).isTrue();
			assertThat(op.path("responses").has("403")).isTrue();
		}
	}

	@Test
	void pageAndSizeCarryTheirLimits() {
		JsonNode list = operation("/api/v1/activities", "get");
		assertThat(parameter(list, "page").at("/schema/minimum").asInt()).isZero();
		assertThat(parameter(list, "size").at("/schema/minimum").asInt()).isEqualTo(1);
		assertThat(parameter(list, "size").at("/schema/maximum").asInt()).isEqualTo(1000);
		assertThat(parameter(list, "size").at("/schema/default").asInt()).isEqualTo(100);
	}

	@Test
	void yearsCarryTheLimitsTheirOperationsCheck() {
		JsonNode standings = parameter(operation("/api/v1/standings", "get"), "year").path("schema");
		assertThat(standings.path("minimum").asInt()).isEqualTo(1900);
		assertThat(standings.path("maximum").asInt()).isEqualTo(9999);
		JsonNode yearEnd = parameter(operation("/api/v1/year-end/{year}", "get"), "year").path("schema");
		assertThat(yearEnd.path("minimum").asInt()).isEqualTo(2000);
		assertThat(parameter(operation("/api/v1/cycles/{year}/close", "post"), "year").at("/schema/maximum").asInt())
			.isEqualTo(9999);
		assertThat(parameter(operation("/api/v1/activities", "get"), "year").at("/schema/minimum").asInt())
			.isEqualTo(1900);
	}

	@Test
	void createsAnswer201WithLocationAndErrorsAreProblemJson() {
		JsonNode create = operation("/api/v1/activities", "post").path("responses");
		assertThat(create.has("200")).isFalse();
		assertThat(create.at("/201/headers/Location/required").asBoolean()).isTrue();
		assertThat(create.at("/201/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/ActivityResponse");
		assertThat(create.propertyNames()).contains("400", "401", "403", "409", "415", "422", "429");
		assertThat(operation("/api/v1/activities/{id}", "get").path("responses").propertyNames()).contains("404");
		JsonNode invalid = doc().at("/components/responses/422/content/application~1problem+json/schema/$ref");
		assertThat(invalid.asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(doc().at("/components/responses/429/headers/Retry-After/required").asBoolean()).isTrue();
		assertThat(operation("/api/v1/standings/export.xlsx", "get").at("/responses/200/content").propertyNames())
			.containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}
}
