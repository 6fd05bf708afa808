package cn.lvzhi.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotent creates for the whole API: the {@link IdempotencyFilter} on {@code /api/*}, after
 * Spring Security's filter chain, and the {@code Idempotency-Key} header in the OpenAPI document
 * of every {@code POST} under {@code /api/}.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests, MessageSource messages,
			LocaleResolver localeResolver, JsonMapper json,
			@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxBody) {
		var registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(requests, messages, localeResolver, json, maxBody));
		registration.addUrlPatterns("/api/*");
		registration.setName("idempotencyFilter");
		// After the security filter chain: the user is known, refused calls never get here.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	@Bean
	OpenApiCustomizer idempotencyKeyHeader() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				Operation post = item.getPost();
				if (path.startsWith("/api/") && post != null && (post.getParameters() == null || post.getParameters()
					.stream()
					.noneMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName())))) {
					post.addParametersItem(header());
				}
			});
		};
	}

	private static HeaderParameter header() {
		var header = new HeaderParameter();
		header.setName(IdempotencyFilter.HEADER);
		header.setRequired(false);
		header.setDescription("Optional. 1 to " + IdempotencyFilter.MAX_KEY_LENGTH
				+ " printable ASCII characters chosen by the client (a UUID, say). Repeating the request with the same "
				+ "key and the same body within 24 hours returns the first successful response (with header "
				+ IdempotencyFilter.REPLAYED + ": true) and changes nothing. The same key with a different body or "
				+ "path, or while the first request is still running, gives 409; a malformed key gives 400. A request "
				+ "that failed may be corrected and sent again with the same key. Keys are per user.");
		header.setSchema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_KEY_LENGTH));
		return header;
	}
}
