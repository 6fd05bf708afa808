package cn.lvzhi.web;

import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.lvzhi.shared.PageQuery;

/**
 * Every status an operation of the API can answer, derived from what the handler is, so that a
 * new endpoint is documented truthfully without annotations of its own: the success response
 * springdoc derives (201 with Location for a POST answering a {@code ResponseEntity} with a body,
 * 204 for {@code ResponseEntity<Void>}, {@code @ResponseStatus} where a handler has one), and the problems the shared machinery answers with:
 * <ul>
 * <li>400 for every operation (malformed JSON, a wrong type, a bad query, a bad header);
 * <li>401 for every operation (no credentials, or wrong ones; even a public one refuses wrong ones);
 * <li>403 unless the operation is public (the security configuration lets anonymous callers in and
 * no {@code @PreAuthorize} guards it); a public write still gets 403 for a session without CSRF token;
 * <li>404 for an operation with path variables, query parameters or a body (an unknown id in any of
 * them); 406 for every operation (an unacceptable Accept);
 * <li>409 for every write (a transition, a duplicate, a stale version, a reused Idempotency-Key);
 * <li>413 for every POST (the Idempotency-Key body limit) and every upload; 415 for every
 * operation that takes a body;
 * <li>422 for every write and every operation with parameters (failed validation);
 * <li>429 for every operation (too many sign-in attempts from an address, too many complaints).
 * </ul>
 * An operation that answers something else says so with {@code @ApiResponse}. Also: {@code page}
 * and {@code size} carry {@link PageQuery}'s limits, and public operations need no credentials
 * ({@code security: []}). The contract tests validate every response against the result.
 */
@Component
class OpenApiStatuses implements GlobalOperationCustomizer {

	static final Map<String, OpenApiConfiguration.ProblemResponse> RESPONSES = new LinkedHashMap<>();

	static {
		RESPONSES.put("400", problem("Malformed request: unreadable JSON, a wrong type, a bad parameter or header"));
		RESPONSES.put("401", problem("No credentials, or wrong ones"));
		RESPONSES.put("403", problem("Signed in, but not allowed to do this (or a browser session without CSRF token)"));
		RESPONSES.put("404", problem("No such record, or not one the user may see"));
		RESPONSES.put("406", problem("None of the media types in Accept can be answered"));
		RESPONSES.put("409", problem("Not allowed in the record's current state, a duplicate, a stale version, "
				+ "or an Idempotency-Key reused with another request"));
		RESPONSES.put("413", problem("The body or file is over the limit"));
		RESPONSES.put("415", problem("The body's or file's type is not accepted"));
		RESPONSES.put("422", problem("Failed validation: errors lists the fields (or the cells of an imported file)"));
		var retryAfter = new Header().required(true)
			.description("Seconds to wait before trying again")
			.schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO));
		RESPONSES.put("429", new OpenApiConfiguration.ProblemResponse(
				"Too many requests from this address (failed sign-ins, complaints): wait Retry-After seconds",
				Map.of(HttpHeaders.RETRY_AFTER, retryAfter)));
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PDF = "application/pdf";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

	OpenApiStatuses(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		this.mappings = mappings;
		this.privileges = privileges;
	}

	private static OpenApiConfiguration.ProblemResponse problem(String description) {
		return new OpenApiConfiguration.ProblemResponse(description, Map.of());
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		RequestMappingInfo mapping = mappingOf(handler);
		if (mapping == null) {
			return operation;
		}
		String path = mapping.getPatternValues().iterator().next();
		Set<String> methods = mapping.getMethodsCondition().getMethods().stream().map(Enum::name)
			.collect(java.util.stream.Collectors.toSet());
		boolean write = methods.stream().anyMatch(WRITES::contains);
		boolean post = methods.contains("POST");
		boolean isPublic = !guarded(handler) && methods.stream().allMatch(m -> anonymousMay(m, path));
		boolean hasBody = operation.getRequestBody() != null;
		boolean upload = java.util.Arrays.stream(handler.getMethodParameters())
			.anyMatch(p -> p.hasParameterAnnotation(RequestPart.class));
		var parameters = operation.getParameters() == null ? java.util.List.<Parameter>of() : operation.getParameters();
		boolean hasPathVariables = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
		boolean hasQuery = parameters.stream().anyMatch(p -> "query".equals(p.getIn()));

		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		noContentForVoidEntities(handler, responses);
		if (post) {
			createdForEntities(handler, responses);
		}
		files(path, responses);
		add(responses, "400");
		add(responses, "401");
		if (!isPublic || write) {
			add(responses, "403");
		}
		if (hasPathVariables || hasQuery || hasBody || upload) {
			add(responses, "404");
		}
		add(responses, "406");
		if (write) {
			add(responses, "409");
		}
		if (post || upload) {
			add(responses, "413");
		}
		if (hasBody || upload) {
			add(responses, "415");
		}
		if (write || hasQuery || hasPathVariables) {
			add(responses, "422");
		}
		add(responses, "429");
		operation.setResponses(sorted(responses));

		if (isPublic) {
			operation.setSecurity(new ArrayList<>());
		}
		parameters.forEach(OpenApiStatuses::limits);
		return operation;
	}

	/** page and size as {@link PageQuery} checks them (out of range: 422). */
	private static void limits(Parameter parameter) {
		if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
			return;
		}
		// A schema of its own: springdoc may share one instance between parameters of one type.
		if ("page".equals(parameter.getName())) {
			parameter.setSchema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0));
		}
		else if ("size".equals(parameter.getName())) {
			parameter.setSchema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
				.maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))
				._default(PageQuery.DEFAULT_SIZE));
		}
	}

	private static void add(ApiResponses responses, String code) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + code));
		}
	}

	private static ApiResponses sorted(ApiResponses responses) {
		var sorted = new ApiResponses();
		responses.keySet().stream().sorted().forEach(code -> sorted.addApiResponse(code, responses.get(code)));
		sorted.setExtensions(responses.getExtensions());
		return sorted;
	}

	/** {@code ResponseEntity<Void>}: no body, so 204 rather than the 200 springdoc assumes. */
	private static void noContentForVoidEntities(HandlerMethod handler, ApiResponses responses) {
		var type = handler.getMethod().getGenericReturnType();
		if (type instanceof ParameterizedType p && p.getRawType() == ResponseEntity.class
				&& p.getActualTypeArguments()[0] == Void.class && responses.containsKey("200")
				&& !responses.containsKey("204")) {
			ApiResponse ok = responses.remove("200");
			responses.addApiResponse("204", ok.content(null).description("No Content"));
		}
	}

	/**
	 * A POST that answers a {@code ResponseEntity} with a body creates: every such handler answers
	 * {@code ResponseEntity.created(location).body(...)}, 201 (the contract tests hold them to it).
	 */
	private static void createdForEntities(HandlerMethod handler, ApiResponses responses) {
		var type = handler.getMethod().getGenericReturnType();
		if (type instanceof ParameterizedType p && p.getRawType() == ResponseEntity.class
				&& p.getActualTypeArguments()[0] != Void.class && responses.containsKey("200")
				&& !responses.containsKey("201")
				&& !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseStatus.class)) {
			ApiResponse ok = responses.remove("200");
			responses.addApiResponse("201", ok.description("Created").addHeaderObject(HttpHeaders.LOCATION,
					new Header().required(true).description("The address of the new record").schema(new StringSchema())));
		}
	}

	/** A path ending in .xlsx or .pdf answers that file. */
	private static void files(String path, ApiResponses responses) {
		String type = path.endsWith(".xlsx") ? XLSX : path.endsWith(".pdf") ? PDF : null;
		ApiResponse ok = responses.get("200");
		if (type != null && ok != null) {
			ok.content(new Content().addMediaType(type,
					new MediaType().schema(new StringSchema().format("binary"))));
		}
	}

	private static boolean guarded(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
	}

	/** What the security filter chain says about an anonymous caller (the path's variables filled in). */
	private boolean anonymousMay(String method, String path) {
		WebInvocationPrivilegeEvaluator evaluator = privileges.getIfUnique();
		if (evaluator == null) {
			return false;
		}
		var anonymous = new AnonymousAuthenticationToken("openapi", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		return evaluator.isAllowed("", path.replaceAll("\\{[^}]*}", "1"), method, anonymous);
	}

	private RequestMappingInfo mappingOf(HandlerMethod handler) {
		RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
		if (mapping == null) {
			return null;
		}
		return mapping.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().getMethod().equals(handler.getMethod()))
			.map(Map.Entry::getKey)
			.filter(info -> info.getPatternValues() != null && !info.getPatternValues().isEmpty())
			.findFirst()
			.orElse(null);
	}
}
