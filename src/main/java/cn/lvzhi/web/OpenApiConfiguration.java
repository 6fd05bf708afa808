package cn.lvzhi.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what the API is, how to authenticate, and the
 * problem+json every error is written as. Which statuses each operation answers is added by
 * {@link OpenApiStatuses}; which fields may be {@code null} by {@link NullableComponents}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Bean
	OpenAPI lvzhiOpenApi() {
		var components = new Components()
			.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
			.addSchemas("Problem", problem())
			.addSchemas("FieldError", fieldError())
			.addSchemas("CellError", cellError());
		OpenApiStatuses.RESPONSES.forEach((name, response) -> components.addResponses(name, response.toApiResponse()));
		return new OpenAPI()
			.info(new Info().title("履职积分 Lvzhi API")
				.version("v1")
				.description("""
						区党代表履职积分系统的 HTTP 接口 (v1). JSON in and out; dates YYYY-MM-DD; instants ISO-8601 \
						with the district's offset. Authenticate with HTTP Basic (or a browser session); operations \
						with `security: []` need no credentials. Errors are application/problem+json (schema \
						Problem): 400 malformed, 401 no or wrong credentials, 403 not allowed, 404 unknown id, \
						406 no acceptable representation, 409 conflict, 413 too large, 415 unsupported type, \
						422 invalid (with errors), 429 too many requests (with Retry-After). Each operation lists \
						the statuses it can answer. Lists take ?page=0&size=100 (size 1 to 1000) and answer \
						{items, page, size, total}."""))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	/** RFC 9457 as {@code ApiProblems} and the security filter write it. */
	private static Schema<?> problem() {
		Schema<?> schema = new ObjectSchema()
			.description("RFC 9457 problem details; validation errors add errors")
			.addProperty("type", new StringSchema().description("about:blank unless a more specific type is given"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
				.maximum(java.math.BigDecimal.valueOf(599)))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(new Schema<>()
				.anyOf(List.of(new Schema<>().$ref("#/components/schemas/FieldError"),
						new Schema<>().$ref("#/components/schemas/CellError"))))
				.description("422 only: the fields ({field, message}) or, for imported files, the cells "
						+ "({row, column, message}) that are wrong"));
		schema.setRequired(List.of("title", "status"));
		return schema;
	}

	private static Schema<?> fieldError() {
		Schema<?> schema = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		schema.setRequired(List.of("field", "message"));
		return schema;
	}

	private static Schema<?> cellError() {
		Schema<?> schema = new ObjectSchema()
			.addProperty("row", new IntegerSchema().minimum(java.math.BigDecimal.ONE)
				.description("1-based, as Excel shows it"))
			.addProperty("column", new StringSchema())
			.addProperty("message", new StringSchema());
		schema.setRequired(List.of("row", "column", "message"));
		return schema;
	}

	/** An error response: problem+json, with the headers it carries. */
	record ProblemResponse(String description, Map<String, Header> headers) {

		ApiResponse toApiResponse() {
			var response = new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
			headers.forEach(response::addHeaderObject);
			return response;
		}
	}
}
