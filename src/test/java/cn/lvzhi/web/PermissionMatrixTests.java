package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestClock;
import cn.lvzhi.shared.Role;

/**
 * Who may call what, for every endpoint the application maps (API and pages) and every role of
 * DOMAIN.md plus the anonymous public: the table below is the specification, written from
 * DOMAIN.md's roles and API.md, and the application must answer each (endpoint, role) exactly as
 * it says — allowed (anything but 401, 403 or a redirect to the sign-in page: a 400, 404, 409 or
 * 422 means the permission check passed) or denied. The endpoints are read from the application's
 * own mappings, so an endpoint added without a row fails the test, as does a row whose endpoint is
 * gone. This is the role level only: which records of a representative or workstation a user may
 * touch is decided inside the services and tested there.
 *
 * <p>Each call is harmless: unknown ids in the path, an empty body or form, and the users live in
 * a district of their own. A denied call must change no data.
 */
@OnH2
class PermissionMatrixTests {

	/**
	 * The specification. One line per endpoint: method, path pattern (with {@code [param]} where
	 * the mapping needs a request parameter), and who may call it — role names, {@code SIGNED_IN}
	 * (every role) or {@code PUBLIC} (also without signing in). {@code ANY} is a mapping for every
	 * method.
	 */
	static final String EXPECTATIONS = """
			# Accounts: ADMIN manages users only (API.md); everyone sees themself
			POST /api/v1/users                        ADMIN
			GET  /api/v1/users                        ADMIN
			GET  /api/v1/users/{id}                   ADMIN
			POST /api/v1/users/{id}/disable           ADMIN
			POST /api/v1/users/{id}/enable            ADMIN
			POST /api/v1/users/{id}/unlock            ADMIN
			POST /api/v1/users/{id}/password          ADMIN
			GET  /api/v1/me                           SIGNED_IN
			GET  /admin/users                         ADMIN
			GET  /admin/users/new                     ADMIN
			POST /admin/users                         ADMIN
			GET  /admin/users/{id}                    ADMIN
			POST /admin/users/{id}/disable            ADMIN
			POST /admin/users/{id}/enable             ADMIN
			POST /admin/users/{id}/unlock             ADMIN
			POST /admin/users/{id}/password           ADMIN

			# Activity records: a representative reports, staff record and enter, the office verifies,
			# rejects or returns, the evaluation group revokes or verifies after a review (DOMAIN.md 4);
			# the office refers a record hard to judge, the group verifies, rejects or returns it (12)
			POST /api/v1/activities                   REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /api/v1/activities                   REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/activities/{id}              REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			PUT  /api/v1/activities/{id}              REPRESENTATIVE WORKSTATION_STAFF
			POST /api/v1/activities/{id}/record       WORKSTATION_STAFF
			POST /api/v1/activities/record            WORKSTATION_STAFF
			POST /api/v1/activities/{id}/verify       OFFICE EVALUATION_GROUP
			POST /api/v1/activities/verify            OFFICE
			POST /api/v1/activities/{id}/reject       OFFICE EVALUATION_GROUP
			POST /api/v1/activities/{id}/return       OFFICE EVALUATION_GROUP
			POST /api/v1/activities/{id}/refer        OFFICE
			POST /api/v1/activities/{id}/revoke       EVALUATION_GROUP
			POST /api/v1/collective-activities        WORKSTATION_STAFF OFFICE
			POST /api/v1/activities/{activityId}/attachments                 REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /api/v1/activities/{activityId}/attachments                 REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/activities/{activityId}/attachments/{attachmentId}  REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /activities/new                      REPRESENTATIVE WORKSTATION_STAFF OFFICE
			POST /activities/new                      REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /activities/{id}                     REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /activities/{id}/record              WORKSTATION_STAFF
			POST /activities/{id}/verify              OFFICE
			POST /activities/{id}/verify-after-review EVALUATION_GROUP
			POST /activities/{id}/reject              OFFICE EVALUATION_GROUP
			POST /activities/{id}/return              OFFICE EVALUATION_GROUP
			POST /activities/{id}/refer               OFFICE
			POST /activities/{id}/revoke              EVALUATION_GROUP
			POST /activities/{id}/amend               REPRESENTATIVE WORKSTATION_STAFF
			POST /activities/{id}/evidence            REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /activities/mine                     REPRESENTATIVE
			GET  /activities/queue                    WORKSTATION_STAFF
			POST /activities/queue/record             WORKSTATION_STAFF
			GET  /activities/verification             OFFICE EVALUATION_GROUP
			POST /activities/verification/verify      OFFICE
			GET  /activities/collective               WORKSTATION_STAFF OFFICE
			POST /activities/collective               WORKSTATION_STAFF OFFICE

			# Inspections, inquiries, written opinions (casework entered once with its participants): the
			# office and staff enter them, the office, participants and their staff follow them up, the
			# whole district's readers, participants and their staff read them (services decide whose)
			POST /api/v1/inspections                          WORKSTATION_STAFF OFFICE
			GET  /api/v1/inspections                          REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/inspections/{id}                     REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/inspections/{id}/report              REPRESENTATIVE WORKSTATION_STAFF OFFICE
			POST /api/v1/inspections/{id}/report/file         REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /api/v1/inspections/{id}/report/file         REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/inquiries                            WORKSTATION_STAFF OFFICE
			GET  /api/v1/inquiries                            REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/inquiries/{id}                       REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/inquiries/{id}/answer                REPRESENTATIVE WORKSTATION_STAFF OFFICE
			POST /api/v1/written-opinions                     WORKSTATION_STAFF OFFICE
			GET  /api/v1/written-opinions                     REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/written-opinions/{id}                REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/written-opinions/{id}/document       REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /api/v1/written-opinions/{id}/document       REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /casework/collective                         REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /casework/inspections/new                    WORKSTATION_STAFF OFFICE
			POST /casework/inspections/new                    WORKSTATION_STAFF OFFICE
			GET  /casework/inspections/{id}                   REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /casework/inspections/{id}/report            REPRESENTATIVE WORKSTATION_STAFF OFFICE
			POST /casework/inspections/{id}/report/file       REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /casework/inquiries/new                      WORKSTATION_STAFF OFFICE
			POST /casework/inquiries/new                      WORKSTATION_STAFF OFFICE
			GET  /casework/inquiries/{id}                     REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /casework/inquiries/{id}/answer              REPRESENTATIVE WORKSTATION_STAFF OFFICE
			GET  /casework/written-opinions/new               WORKSTATION_STAFF OFFICE
			POST /casework/written-opinions/new               WORKSTATION_STAFF OFFICE
			GET  /casework/written-opinions/{id}              REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /casework/written-opinions/{id}/document     REPRESENTATIVE WORKSTATION_STAFF OFFICE

			# Audit trail: the auditor reads it and changes nothing
			GET  /api/v1/audit                        AUDITOR
			GET  /api/v1/audit/export                 AUDITOR
			GET  /audit                               AUDITOR
			GET  /audit/export                        AUDITOR

			# Reviews and complaints: anyone may complain, a representative asks for a review of their
			# own record, the evaluation group decides
			POST /api/v1/complaints                   PUBLIC
			GET  /api/v1/public/complaints/{code}     PUBLIC
			GET  /api/v1/complaints                   EVALUATION_GROUP
			GET  /api/v1/complaints/{id}              EVALUATION_GROUP
			POST /api/v1/complaints/{id}/decide       EVALUATION_GROUP
			POST /api/v1/reviews                      REPRESENTATIVE
			GET  /api/v1/reviews                      REPRESENTATIVE EVALUATION_GROUP
			GET  /api/v1/reviews/{id}                 REPRESENTATIVE EVALUATION_GROUP
			POST /api/v1/reviews/{id}/decide          EVALUATION_GROUP
			GET  /api/v1/evaluation/inbox             EVALUATION_GROUP
			GET  /evaluation                          EVALUATION_GROUP
			GET  /evaluation/reviews/{id}             EVALUATION_GROUP
			POST /evaluation/reviews/{id}/decide      EVALUATION_GROUP
			GET  /evaluation/complaints/{id}          EVALUATION_GROUP
			POST /evaluation/complaints/{id}/decide   EVALUATION_GROUP
			GET  /reviews/new                         REPRESENTATIVE
			POST /reviews/new                         REPRESENTATIVE
			GET  /reviews/mine                        REPRESENTATIVE
			GET  /reviews/summary                     REPRESENTATIVE
			GET  /public/feedback                     PUBLIC
			POST /public/feedback                     PUBLIC
			GET  /public/feedback/representatives     PUBLIC
			GET  /public/feedback/submitted           PUBLIC
			GET  /public/feedback/lookup              PUBLIC
			GET  /public/feedback/{code}              PUBLIC

			# Proposals: a representative drafts as lead, confirms a co-signature, submits and
			# evaluates their own; the office registers paper ones, submits, assigns, records responses
			# and declares them invalid; everybody working reads what concerns them (the services decide)
			POST /api/v1/proposals                                            REPRESENTATIVE OFFICE
			GET  /api/v1/proposals                                            REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/proposals/export.xlsx                                OFFICE EVALUATION_GROUP
			GET  /api/v1/proposals/{id}                                       REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/proposals/{id}/cosigners/{representativeId}/confirm  REPRESENTATIVE
			POST /api/v1/proposals/{id}/submit                                REPRESENTATIVE OFFICE
			POST /api/v1/proposals/{id}/assign                                OFFICE
			POST /api/v1/proposals/{id}/responses                             OFFICE
			POST /api/v1/proposals/{id}/evaluation                            REPRESENTATIVE
			POST /api/v1/proposals/{id}/withdraw                              REPRESENTATIVE OFFICE
			POST /api/v1/proposals/{id}/documents                             OFFICE
			GET  /api/v1/proposals/{id}/documents/{documentId}                REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /proposals                           WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /proposals/mine                      REPRESENTATIVE
			GET  /proposals/summary                   REPRESENTATIVE
			GET  /proposals/new                       REPRESENTATIVE OFFICE
			POST /proposals/new                       REPRESENTATIVE OFFICE
			GET  /proposals/{id}                      REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /proposals/{id}/confirm              REPRESENTATIVE
			POST /proposals/{id}/submit               REPRESENTATIVE OFFICE
			POST /proposals/{id}/assign               OFFICE
			POST /proposals/{id}/responses            OFFICE
			POST /proposals/{id}/evaluation           REPRESENTATIVE
			POST /proposals/{id}/withdraw             REPRESENTATIVE OFFICE
			POST /proposals/{id}/documents            OFFICE
			# A representative's casework on their roster page: the same readers as that page
			GET  /casework/representatives/{id}       REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			# 我的案件: a representative's own appeals and proposals
			GET  /casework/mine                       REPRESENTATIVE

			# Appeals (群众诉求): staff, representatives and the office register and handle them, the
			# staff and the office record the constituent's rating, the proxy reopens; the evaluation
			# group reads them; the constituent rates through a one-time link without an account
			POST /api/v1/appeals                      WORKSTATION_STAFF REPRESENTATIVE OFFICE
			GET  /api/v1/appeals                      WORKSTATION_STAFF REPRESENTATIVE OFFICE EVALUATION_GROUP
			GET  /api/v1/appeals/export.xlsx          WORKSTATION_STAFF REPRESENTATIVE OFFICE EVALUATION_GROUP
			GET  /api/v1/appeals/{id}                 WORKSTATION_STAFF REPRESENTATIVE OFFICE EVALUATION_GROUP
			POST /api/v1/appeals/{id}/proxy           WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /api/v1/appeals/{id}/assign          WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /api/v1/appeals/{id}/follow-ups      WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /api/v1/appeals/{id}/resolve         WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /api/v1/appeals/{id}/rating          WORKSTATION_STAFF OFFICE
			POST /api/v1/appeals/{id}/rating-link     WORKSTATION_STAFF OFFICE
			POST /api/v1/appeals/{id}/reopen          REPRESENTATIVE
			GET  /api/v1/public/ratings/{token}       PUBLIC
			POST /api/v1/public/ratings/{token}       PUBLIC
			GET  /appeals                             WORKSTATION_STAFF REPRESENTATIVE OFFICE EVALUATION_GROUP
			GET  /appeals/summary                     WORKSTATION_STAFF OFFICE
			GET  /appeals/new                         WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /appeals/new                         WORKSTATION_STAFF REPRESENTATIVE OFFICE
			GET  /appeals/{id}                        WORKSTATION_STAFF REPRESENTATIVE OFFICE EVALUATION_GROUP
			POST /appeals/{id}/proxy                  WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /appeals/{id}/assign                 WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /appeals/{id}/follow-ups             WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /appeals/{id}/resolve                WORKSTATION_STAFF REPRESENTATIVE OFFICE
			POST /appeals/{id}/rating                 WORKSTATION_STAFF OFFICE
			POST /appeals/{id}/rating-link            WORKSTATION_STAFF OFFICE
			POST /appeals/{id}/reopen                 REPRESENTATIVE
			GET  /public/ratings/{token}              PUBLIC
			POST /public/ratings/{token}              PUBLIC
			GET  /public/ratings/thanks               PUBLIC

			# Year-end evaluation: run by the evaluation group (DOMAIN.md 10); the office reads it, a
			# representative reads their own
			GET  /api/v1/year-end/{year}                                      OFFICE EVALUATION_GROUP
			GET  /api/v1/year-end/{year}/export.xlsx                          OFFICE EVALUATION_GROUP
			GET  /api/v1/year-end/{year}/representatives/{id}                 REPRESENTATIVE OFFICE EVALUATION_GROUP
			PUT  /api/v1/year-end/{year}/representatives/{id}                 EVALUATION_GROUP
			GET  /api/v1/year-end/{year}/representatives/{id}/statement.pdf   REPRESENTATIVE OFFICE EVALUATION_GROUP
			GET  /evaluation/year-end                                         OFFICE EVALUATION_GROUP
			GET  /evaluation/year-end/mine                                    REPRESENTATIVE
			GET  /evaluation/year-end/{year}/representatives/{id}             REPRESENTATIVE OFFICE EVALUATION_GROUP
			POST /evaluation/year-end/{year}/representatives/{id}             EVALUATION_GROUP

			# Points: a representative sees their own, the working roles see standings; only the
			# evaluation group adjusts (DOMAIN.md 8)
			GET  /api/v1/representatives/{id}/ledger  REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/adjustments                  EVALUATION_GROUP
			GET  /adjustments                         EVALUATION_GROUP
			POST /adjustments                         EVALUATION_GROUP
			GET  /api/v1/standings                    WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/standings/export.xlsx        WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/statistics/points-by-quarter WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/statistics/distribution      WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/statistics/workstations      WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/statistics/representatives/{id}/points-by-quarter   REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /standings                           WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /dashboards                          WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /points                              REPRESENTATIVE
			GET  /points/summary                      REPRESENTATIVE
			GET  /points/representatives/{id}         REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP

			# Quarterly publications: the office drafts and closes the cycle, the evaluation group
			# approves, published lists are public (DOMAIN.md 7, 8)
			POST /api/v1/publications                 OFFICE
			POST /api/v1/publications/{id}/approve    EVALUATION_GROUP
			POST /api/v1/publications/{id}/discard    OFFICE
			GET  /api/v1/publications                 WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/publications/{id}            WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/publications/{id}/changes    WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/publications/{id}/export.xlsx  WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/publications/{id}/export.pdf   WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			POST /api/v1/cycles/{year}/close          OFFICE
			GET  /api/v1/cycles/{year}                OFFICE EVALUATION_GROUP
			GET  /publications                        OFFICE EVALUATION_GROUP
			POST /publications                        OFFICE
			GET  /publications/{id}                   OFFICE EVALUATION_GROUP
			POST /publications/{id}/approve           EVALUATION_GROUP
			POST /publications/{id}/discard           OFFICE
			POST /publications/{id}/close-cycle       OFFICE
			GET  /api/v1/public/publications                  PUBLIC
			GET  /api/v1/public/publications/{id}             PUBLIC
			GET  /api/v1/public/publications/{id}/export.xlsx PUBLIC
			GET  /api/v1/public/publications/{id}/export.pdf  PUBLIC
			GET  /public/publications                 PUBLIC
			GET  /public/publications/{id}            PUBLIC

			# Roster: managed by the office; the working roles read it (staff and representatives
			# see only theirs, which the services decide)
			POST /api/v1/representatives              OFFICE
			GET  /api/v1/representatives              REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /api/v1/representatives/{id}         REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			PUT  /api/v1/representatives/{id}         OFFICE
			POST /api/v1/representatives/{id}/end     OFFICE
			POST /api/v1/representatives/import       OFFICE
			GET  /api/v1/representatives/export       OFFICE
			GET  /roster/representatives              REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /roster/representatives/{id}         REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP
			GET  /roster/representatives/new          OFFICE
			POST /roster/representatives/new          OFFICE
			GET  /roster/representatives/{id}/edit    OFFICE
			POST /roster/representatives/{id}/edit    OFFICE
			POST /roster/representatives/{id}/end     OFFICE
			GET  /roster/representatives/import       OFFICE
			POST /roster/representatives/import       OFFICE
			GET  /roster/representatives/export       OFFICE
			# workstations: ADMIN reads them too, to link a staff account to one
			POST /api/v1/workstations                 OFFICE
			GET  /api/v1/workstations                 REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP ADMIN
			GET  /api/v1/workstations/{id}            REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP ADMIN
			PUT  /api/v1/workstations/{id}            OFFICE
			GET  /roster/workstations                 REPRESENTATIVE WORKSTATION_STAFF OFFICE EVALUATION_GROUP ADMIN
			GET  /roster/workstations/new             OFFICE
			POST /roster/workstations/new             OFFICE
			GET  /roster/workstations/{id}/edit       OFFICE
			POST /roster/workstations/{id}/edit       OFFICE

			# Standard: everyone signed in reads it, the office manages it
			GET  /api/v1/standard                     SIGNED_IN
			GET  /api/v1/standard/versions            SIGNED_IN
			GET  /api/v1/standard/versions/{version}  SIGNED_IN
			POST /api/v1/standard/versions            OFFICE
			GET  /standard                            SIGNED_IN
			GET  /standard/versions/{number}          SIGNED_IN
			GET  /standard/versions/new               OFFICE
			POST /standard/versions                   OFFICE
			POST /standard/versions [addRow]          OFFICE
			POST /standard/versions [removeRow]       OFFICE

			# The shell
			GET  /                                    SIGNED_IN
			GET  /login                               PUBLIC
			ANY  /error                               PUBLIC
			# where /error forwards an API address's error: as public as /error itself
			ANY  /error/problem                       PUBLIC
			""";

	/** An id no record has. */
	private static final String UNKNOWN_ID = "987654321";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void everyMappedEndpointHasAnExpectationAndEveryExpectationAnEndpoint() {
		var problems = new ArrayList<String>();
		Map<String, Endpoint> mapped = mappedEndpoints();
		Map<String, Set<String>> table = expectations();
		mapped.keySet().stream().filter(key -> !table.containsKey(key))
			.forEach(key -> problems.add("new endpoint without an expectation: " + key));
		table.keySet().stream().filter(key -> !mapped.containsKey(key))
			.forEach(key -> problems.add("expectation without an endpoint: " + key));
		assertThat(problems).as("the permission table and the application's mappings").isEmpty();
	}

	@Test
	void everyRoleIsAllowedOrDeniedEachEndpointExactlyAsTheTableSays() throws Exception {
		Fixtures fixtures = Fixtures.inNewDistrict(context);
		var users = new EnumMap<Role, String>(Role.class);
		for (Role role : Role.values()) {
			users.put(role, fixtures.userWith(role));
		}
		Map<String, Set<String>> table = expectations();
		var callers = new ArrayList<String>();
		callers.add(PUBLIC);
		EnumSet.allOf(Role.class).forEach(role -> callers.add(role.name()));
		var wrong = new ArrayList<String>();
		for (Endpoint endpoint : mappedEndpoints().values()) {
			Set<String> allowed = table.get(endpoint.key());
			if (allowed == null) {
				continue; // the other test names it
			}
			for (String caller : callers) {
				boolean expected = allowed.contains(PUBLIC) || allowed.contains(caller)
						|| allowed.contains(SIGNED_IN) && !caller.equals(PUBLIC);
				String before = expected ? null : data();
				MockHttpServletResponse response = call(endpoint,
						caller.equals(PUBLIC) ? null : users.get(Role.valueOf(caller)));
				if (expected ? denied(response) : !deniedAsApiMdSays(response, endpoint, caller)) {
					wrong.add(endpoint.key() + " as " + caller + ": expected " + (expected ? "ALLOWED" : "DENIED")
							+ ", got " + response.getStatus()
							+ (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl()));
				}
				if (!expected) {
					assertThat(data()).as("data after the denied call %s as %s", endpoint.key(), caller)
						.isEqualTo(before);
				}
				if (response.getStatus() >= 500) {
					wrong.add(endpoint.key() + " as " + caller + ": " + response.getStatus()
							+ " (API.md: never a 500 for bad input)");
				}
			}
		}
		assertThat(wrong).as("answers that differ from the permission table").isEmpty();
	}

	/**
	 * The error of an API address, for a browser, is forwarded from {@code /error} to
	 * {@code /error/problem}: a visitor who is not signed in gets the problem, not the sign-in page.
	 * (MockMvc does not forward, hence the real server.)
	 */
	@Test
	void aVisitorsApiErrorIsTheProblemNotTheSignInPage() throws Exception {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		// a path the firewall refuses: the container's 400, through /error
		var response = client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/publications;x=1"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.headers().map().toString()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
	}

	static final String PUBLIC = "PUBLIC";

	static final String SIGNED_IN = "SIGNED_IN";

	/** Denied in any way: 401, 403, or a redirect to the sign-in page. */
	private static boolean denied(MockHttpServletResponse response) {
		return response.getStatus() == 401 || response.getStatus() == 403 || toSignIn(response);
	}

	/**
	 * Denied the way API.md says: without signing in 401 from the API and the sign-in page from
	 * the pages; signed in but without the role, 403.
	 */
	private static boolean deniedAsApiMdSays(MockHttpServletResponse response, Endpoint endpoint, String caller) {
		if (!caller.equals(PUBLIC)) {
			return response.getStatus() == 403;
		}
		return endpoint.path().startsWith("/api/") ? response.getStatus() == 401 : toSignIn(response);
	}

	private static boolean toSignIn(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() / 100 == 3 && location != null
				&& location.matches("(https?://[^/]+)?/login(\\?.*)?");
	}

	private MockHttpServletResponse call(Endpoint endpoint, String username) throws Exception {
		String year = Integer.toString(LocalDate.now(clock).getYear());
		Matcher variables = VARIABLE.matcher(endpoint.path());
		var path = new StringBuilder();
		while (variables.find()) {
			String value = switch (variables.group(1)) {
				case "year" -> year;
				case "version", "number" -> "1";
				case "code" -> "NO-SUCH-CODE";
				default -> UNKNOWN_ID;
			};
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		HttpMethod method = endpoint.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(endpoint.method());
		boolean api = endpoint.path().startsWith("/api/");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.multipart()) {
			request = MockMvcRequestBuilders.multipart(method, path.toString());
		}
		else {
			request = MockMvcRequestBuilders.request(method, path.toString());
			if (method != HttpMethod.GET && api) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			else if (method != HttpMethod.GET) {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			}
		}
		if (endpoint.path().startsWith("/error")) {
			request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404); // as the container forwards a 404
		}
		if (endpoint.param() != null) {
			request.param(endpoint.param(), "0");
		}
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (username != null) {
			request.with(api ? Fixtures.as(username) : user(accounts.loadUserByUsername(username)));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** What a denied call must not change: the number of rows of every table of business data. */
	private String data() {
		return jdbc.sql("""
				select concat_ws(',', (select count(*) from district), (select count(*) from workstation),
				  (select count(*) from representative), (select count(*) from app_user), (select count(*) from app_user_role),
				  (select count(*) from standard_version), (select count(*) from standard_item), (select count(*) from activity),
				  (select count(*) from activity_history), (select count(*) from activity_attachment),
				  (select count(*) from collective_activity), (select count(*) from ledger_entry),
				  (select count(*) from publication), (select count(*) from cycle_closure),
				  (select count(*) from review_request), (select count(*) from complaint),
				  (select count(*) from year_end_evaluation), (select count(*) from year_end_evaluation_change),
				  (select count(*) from inspection), (select count(*) from inquiry), (select count(*) from written_opinion))
				""").query(String.class).single();
	}

	/** The application's endpoints, by the key the table uses. */
	private Map<String, Endpoint> mappedEndpoints() {
		var endpoints = new TreeMap<String, Endpoint>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getValue().getBeanType().getPackageName().startsWith("cn.lvzhi")) {
				continue; // the framework's own (the OpenAPI document), public by the security configuration
			}
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean multipart = info.getConsumesCondition().getConsumableMediaTypes()
				.contains(MediaType.MULTIPART_FORM_DATA);
			String param = info.getParamsCondition().getExpressions().stream()
				.filter(expression -> !expression.isNegated())
				.map(expression -> expression.getName())
				.findFirst()
				.orElse(null);
			for (String path : info.getPatternValues()) {
				for (String method : methods.isEmpty() ? Set.of("ANY") : methods.stream().map(Enum::name).toList()) {
					var endpoint = new Endpoint(method, path, param, multipart);
					endpoints.put(endpoint.key(), endpoint);
				}
			}
		}
		return endpoints;
	}

	private static Map<String, Set<String>> expectations() {
		var table = new LinkedHashMap<String, Set<String>>();
		for (String line : EXPECTATIONS.lines().map(String::strip).toList()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] words = line.split("\\s+");
			int roles = words.length > 2 && words[2].startsWith("[") ? 3 : 2;
			String key = String.join(" ", List.of(words).subList(0, roles));
			Set<String> callers = new TreeSet<>(List.of(words).subList(roles, words.length));
			for (String caller : callers) {
				if (!caller.equals(PUBLIC) && !caller.equals(SIGNED_IN)) {
					Role.valueOf(caller); // a typo in the table fails here
				}
			}
			assertThat(callers).as("who may call %s", key).isNotEmpty();
			assertThat(table.put(key, callers)).as("a second line for %s", key).isNull();
		}
		return table;
	}

	/** A mapped endpoint: its method ({@code ANY} for all), path pattern and the request parameter it needs. */
	record Endpoint(String method, String path, String param, boolean multipart) {

		String key() {
			return method + " " + path + (param == null ? "" : " [" + param + "]");
		}
	}
}
