package cn.lvzhi.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI lvzhiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("履职积分 Lvzhi API")
				.version("v1")
				.description("""
						区党代表履职积分系统的 HTTP 接口 (v1). JSON in and out; dates YYYY-MM-DD; instants ISO-8601 \
						with the district's offset. Authenticate with HTTP Basic (or a browser session). Errors are \
						application/problem+json: 400 malformed, 401 no credentials, 403 not allowed, 404 unknown id, \
						409 conflict, 413 too large, 415 unsupported type, 422 invalid (with errors). Lists take \
						?page=0&size=100 (size at most 1000) and answer {items, page, size, total}."""))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
