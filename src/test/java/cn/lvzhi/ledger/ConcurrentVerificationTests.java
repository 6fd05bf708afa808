package cn.lvzhi.ledger;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.AtOnce;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * Two verifiers acting on one record at once, through the real server and database: the points
 * are booked once, the other verifier gets 409. Also two records of one representative verified
 * at once under the item-9 cap: the account lock lets only the cap's worth count.
 */
abstract class ConcurrentVerificationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	int verify(String who, long id) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/activities/" + id + "/verify"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((who + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}


	@Test
	void twoVerifiersAtOnceBookThePointsOnceAndTheOtherGets409() throws Exception {
		var fixture = new Fixtures(context);
		var api = new Api(mvc, json);
		Workstation ws = fixture.community();
		Representative rep = fixture.representativeSince(ws, null, LocalDate.of(2015, 1, 1));
		String staff = fixture.staffOf(ws);
		String first = fixture.user(Role.OFFICE);
		String second = fixture.user(Role.OFFICE);
		for (int round = 0; round < 5; round++) {
			long id = api.create(staff, activity(rep.id(), 14, LocalDate.of(2020, 1, 1 + round)));
			List<Integer> statuses = AtOnce.run(List.of(() -> verify(first, id), () -> verify(second, id)));
			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
			assertThat(jdbc.sql("select count(*) from ledger_entry where activity_id = ?").param(id).query(Long.class)
				.single()).as("entries of %d", id).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from activity_history where activity = ? and status = 'VERIFIED'")
				.param(id).query(Long.class).single()).isEqualTo(1);
		}
		assertThat(jdbc.sql("select total from ledger_account where representative_id = ? and cycle = 2020")
			.param(rep.id()).query(Integer.class).single()).isEqualTo(5 * 20);
		assertThat(jdbc.sql("select sum(points) from ledger_entry where representative_id = ? and cycle = 2020")
			.param(rep.id()).query(Integer.class).single()).isEqualTo(5 * 20);
	}

	@Test
	void coSignaturesVerifiedAtOnceNeverCountMoreThanTheCap() throws Exception {
		var fixture = new Fixtures(context);
		var api = new Api(mvc, json);
		Workstation ws = fixture.community();
		Representative rep = fixture.representativeSince(ws, null, LocalDate.of(2015, 1, 1));
		String staff = fixture.staffOf(ws);
		var verifiers = new ArrayList<String>();
		var ids = new ArrayList<Long>();
		for (int i = 0; i < 5; i++) {
			verifiers.add(fixture.user(Role.OFFICE));
			ids.add(fixture.fromCasework(rep.id(), 9, LocalDate.of(2020, 2, 1 + i)));
		}
		var calls = new ArrayList<java.util.concurrent.Callable<Integer>>();
		for (int i = 0; i < 5; i++) {
			String who = verifiers.get(i);
			long id = ids.get(i);
			calls.add(() -> verify(who, id));
		}
		assertThat(AtOnce.run(calls)).containsOnly(200);
		assertThat(jdbc.sql("select sum(points) from ledger_entry where representative_id = ? and cycle = 2020")
			.param(rep.id()).query(Integer.class).single()).isEqualTo(9);
		assertThat(jdbc.sql("select total from ledger_account where representative_id = ? and cycle = 2020")
			.param(rep.id()).query(Integer.class).single()).isEqualTo(9);
		// The first three days count, whatever the order in which the verifications ran.
		for (int i = 0; i < 5; i++) {
			assertThat(api.ok("/api/v1/activities/" + ids.get(i), verifiers.get(0)).get("points").asInt())
				.as("record of day %d", i + 1).isEqualTo(i < 3 ? 3 : 0);
		}
	}

	@OnH2
	static class OnH2Tests extends ConcurrentVerificationTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ConcurrentVerificationTests {
	}
}
