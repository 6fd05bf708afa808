package cn.lvzhi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every response of the API ({@code /api/**}) that a test gets through MockMvc to the
 * application's own OpenAPI document ({@code /v3/api-docs}, fetched once from the running
 * application): the path and method must be documented (unless refused before any handler), the
 * status must be among the operation's responses, the content type among that response's media
 * types, required headers present, and a JSON body valid against the response's schema (OpenAPI
 * 3.1's JSON Schema dialect, by networknt's json-schema-validator). A mismatch fails the test
 * with what was answered and what the document says. Installed in every {@link OnH2} and
 * {@link OnPostgres} application by {@link Configuration}, so the document cannot drift from
 * what the contract tests see.
 */
public final class ApiContract implements ResultHandler {

	private static final String DOCUMENT = "https://lvzhi.invalid/v3/api-docs";

	/** Answers refused before any handler is chosen: no operation to hold them to. */
	private static final Set<Integer> BEFORE_ANY_HANDLER = Set.of(401, 403, 404, 405);

	private final Function<String, String> fetch;

	private volatile Document document;

	private final AtomicLong checked = new AtomicLong();

	public ApiContract(Function<String, String> fetch) {
		this.fetch = fetch;
	}

	/** How many API responses were checked so far (so a test can see the check is not idle). */
	public long checked() {
		return checked.get();
	}

	@Override
	public void handle(MvcResult result) throws Exception {
		var request = result.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod())) {
			return;
		}
		var response = result.getResponse();
		var headers = new java.util.HashMap<String, String>();
		response.getHeaderNames().forEach(name -> headers.put(name.toLowerCase(java.util.Locale.ROOT), response.getHeader(name)));
		List<String> problems = document().check(request.getMethod(), path, response.getStatus(),
				response.getContentType(), response.getContentAsByteArray(), headers);
		checked.incrementAndGet();
		if (!problems.isEmpty()) {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			throw new AssertionError("The response does not match /v3/api-docs: " + request.getMethod() + " " + path
					+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + " answered "
					+ response.getStatus() + " " + response.getContentType() + "\n  - " + String.join("\n  - ", problems)
					+ "\n  body: " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
		}
	}

	public Document document() {
		Document d = document;
		if (d == null) {
			synchronized (this) {
				if (document == null) {
					document = new Document(fetch.apply("/v3/api-docs"));
				}
				d = document;
			}
		}
		return d;
	}

	/** An OpenAPI 3.1 document, and what it says about one response. */
	public static final class Document {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final JsonNode root;

		private final SchemaRegistry schemas;

		private final Map<String, Schema> cache = new ConcurrentHashMap<>();

		private final List<Map.Entry<PathPattern, String>> paths = new ArrayList<>();

		public Document(String json) {
			this.root = JSON.readTree(json);
			this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
					builder -> builder.schemas(Map.of(DOCUMENT, json))
						.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
			root.path("paths").propertyNames().forEach(template -> paths
				.add(Map.entry(PathPatternParser.defaultInstance.parse(template), template)));
			paths.sort(Map.Entry.comparingByKey(PathPattern.SPECIFICITY_COMPARATOR));
		}

		public JsonNode root() {
			return root;
		}

		/** What is wrong with this response by the document; empty if nothing is. */
		public List<String> check(String method, String path, int status, String contentType, byte[] body,
				Map<String, String> headers) {
			var container = PathContainer.parsePath(path);
			List<String> templates = paths.stream().filter(e -> e.getKey().matches(container))
				.map(Map.Entry::getValue).toList();
			String verb = method.toLowerCase(java.util.Locale.ROOT);
			String template = templates.stream().filter(t -> root.path("paths").path(t).has(verb)).findFirst()
				.orElse(null);
			if (template == null) {
				if (BEFORE_ANY_HANDLER.contains(status)) {
					return List.of();
				}
				return List.of(templates.isEmpty() ? "the path is not documented"
						: method + " is not documented for " + templates);
			}
			String operationPointer = "/paths/" + escape(template) + "/" + verb;
			JsonNode responses = root.at(operationPointer + "/responses");
			String code = String.valueOf(status);
			String responsePointer;
			if (responses.has(code)) {
				responsePointer = operationPointer + "/responses/" + code;
			}
			else if (responses.has(code.charAt(0) + "XX")) {
				responsePointer = operationPointer + "/responses/" + code.charAt(0) + "XX";
			}
			else if (responses.has("default")) {
				responsePointer = operationPointer + "/responses/default";
			}
			else {
				return List.of("status " + status + " is not documented for " + method + " " + template
						+ " (documented: " + String.join(", ", responses.propertyNames()) + ")");
			}
			JsonNode response = root.at(responsePointer);
			while (response.has("$ref")) {
				responsePointer = response.get("$ref").asString().substring(1);
				response = root.at(responsePointer);
			}
			var problems = new ArrayList<String>();
			response.path("headers").properties().forEach(h -> {
				if (h.getValue().path("required").asBoolean(false)
						&& !headers.containsKey(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
					problems.add("header " + h.getKey() + " is required for " + status + " but missing");
				}
			});
			JsonNode content = response.path("content");
			boolean hasBody = body != null && body.length > 0;
			if (content.isMissingNode() || content.isEmpty()) {
				if (hasBody) {
					problems.add(status + " is documented without a body, but one was answered");
				}
				return problems;
			}
			if (!hasBody) {
				problems.add(status + " is documented with a body (" + String.join(", ", content.propertyNames())
						+ "), but none was answered");
				return problems;
			}
			if (contentType == null) {
				problems.add("no Content-Type, documented: " + String.join(", ", content.propertyNames()));
				return problems;
			}
			MediaType actual = MediaType.parseMediaType(contentType);
			String documented = content.propertyNames().stream()
				.filter(t -> MediaType.parseMediaType(t).includes(actual))
				.min(Comparator.comparing(t -> MediaType.parseMediaType(t).isWildcardType() ? 1 : 0))
				.orElse(null);
			if (documented == null) {
				problems.add("Content-Type " + contentType + " is not documented for " + status + " (documented: "
						+ String.join(", ", content.propertyNames()) + ")");
				return problems;
			}
			boolean json = actual.getSubtype().equals("json") || actual.getSubtype().endsWith("+json");
			String schemaPointer = responsePointer + "/content/" + escape(documented) + "/schema";
			if (json && !root.at(schemaPointer).isMissingNode()) {
				JsonNode instance;
				try {
					instance = JSON.readTree(body);
				}
				catch (RuntimeException e) {
					problems.add("the body is not JSON: " + e.getMessage());
					return problems;
				}
				for (Error error : schema(schemaPointer).validate(instance)) {
					problems.add(error.getInstanceLocation() + ": " + error.getMessage());
				}
			}
			return problems;
		}

		private Schema schema(String pointer) {
			return cache.computeIfAbsent(pointer,
					p -> schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + encode(p))));
		}

		private static String escape(String token) {
			return token.replace("~", "~0").replace("/", "~1");
		}

		private static String encode(String pointer) {
			var out = new StringBuilder();
			for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
				char c = (char) (b & 0xff);
				if (Character.isLetterOrDigit(c) && c < 128 || "/~-._".indexOf(c) >= 0) {
					out.append(c);
				}
				else {
					out.append('%').append(String.format("%02X", b & 0xff));
				}
			}
			return out.toString();
		}
	}

	/** Installs the check in the application's MockMvc. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		ApiContract apiContract(Environment environment) {
			HttpClient client = HttpClient.newHttpClient();
			return new ApiContract(path -> {
				try {
					String port = environment.getRequiredProperty("local.server.port");
					var response = client.send(
							HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
							HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
					if (response.statusCode() != 200) {
						throw new IllegalStateException(path + " answered " + response.statusCode());
					}
					// The document the tests were held to, for a look after the run
					java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
					java.nio.file.Files.writeString(java.nio.file.Path.of("target/api-docs.json"), response.body());
					return response.body();
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			});
		}

		@Bean
		MockMvcBuilderCustomizer apiContractCheck(ApiContract contract) {
			return builder -> builder.alwaysDo(contract);
		}
	}
}
