package cn.lvzhi.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * Which records each user may touch, over HTTP: the record-level half of the permission matrix
 * (PermissionMatrixTests is the role level). One representative's records, in every state an
 * action applies to, against every kind of user — the representative, another representative,
 * staff of the representative's community and industry workstations, staff of another
 * workstation, the office, the evaluation group, the auditor. The table is written from DOMAIN.md
 * (roles, workflow 4, referral 12) and the evidence rule of API.md; each cell runs on a fresh record, and a
 * refused call must leave the record as it was.
 */
@OnH2
class RecordScopeMatrixTests {

	enum Who {
		OWN, OTHER_REP, STAFF, INDUSTRY_STAFF, OTHER_STAFF, OFFICE, GROUP, AUDITOR
	}

	enum State {
		SUBMITTED, RECORDED, VERIFIED, REJECTED, RETURNED, REVOKED, REFERRED
	}

	/** What a cell must answer: done (2xx), refused for who is asking (403), or not now (409). */
	enum Outcome {
		DONE, FORBIDDEN, CONFLICT
	}

	record Cell(String action, State state, Who who, Outcome expected) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	Api api;

	Representative rep;

	final Map<Who, String> users = new EnumMap<>(Who.class);

	@BeforeEach
	void setUp() {
		var fixture = new Fixtures(context);
		api = new Api(mvc, json);
		Workstation community = fixture.community();
		Workstation industry = fixture.industry();
		Workstation elsewhere = fixture.community();
		rep = fixture.representativeSince(community, industry, today().minusDays(30));
		users.put(Who.OWN, fixture.userOf(rep));
		users.put(Who.OTHER_REP, fixture.userOf(fixture.representativeSince(elsewhere, null, today().minusDays(30))));
		users.put(Who.STAFF, fixture.staffOf(community));
		users.put(Who.INDUSTRY_STAFF, fixture.staffOf(industry));
		users.put(Who.OTHER_STAFF, fixture.staffOf(elsewhere));
		users.put(Who.OFFICE, fixture.user(Role.OFFICE));
		users.put(Who.GROUP, fixture.user(Role.EVALUATION_GROUP));
		users.put(Who.AUDITOR, fixture.user(Role.AUDITOR));
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
	}

	/** The specification, one action at a time. */
	static List<Cell> table() {
		var cells = new ArrayList<Cell>();
		for (Who who : Who.values()) {
			boolean readsIt = switch (who) {
				case OWN, STAFF, INDUSTRY_STAFF, OFFICE, GROUP -> true;
				default -> false;
			};
			boolean staff = who == Who.STAFF || who == Who.INDUSTRY_STAFF;
			cells.add(new Cell("read", State.RECORDED, who, readsIt ? Outcome.DONE : Outcome.FORBIDDEN));
			cells.add(new Cell("record", State.SUBMITTED, who, staff ? Outcome.DONE : Outcome.FORBIDDEN));
			cells.add(new Cell("verify", State.RECORDED, who,
					who == Who.OFFICE ? Outcome.DONE : who == Who.GROUP ? Outcome.CONFLICT : Outcome.FORBIDDEN));
			cells.add(new Cell("verify", State.REJECTED, who,
					who == Who.GROUP ? Outcome.DONE : who == Who.OFFICE ? Outcome.CONFLICT : Outcome.FORBIDDEN));
			// a referred record is the evaluation group's to decide (DOMAIN.md 12), any other the office's
			Outcome officesTurn = who == Who.OFFICE ? Outcome.DONE
					: who == Who.GROUP ? Outcome.CONFLICT : Outcome.FORBIDDEN;
			Outcome groupsTurn = who == Who.GROUP ? Outcome.DONE
					: who == Who.OFFICE ? Outcome.CONFLICT : Outcome.FORBIDDEN;
			cells.add(new Cell("reject", State.RECORDED, who, officesTurn));
			cells.add(new Cell("return", State.RECORDED, who, officesTurn));
			cells.add(new Cell("refer", State.RECORDED, who, who == Who.OFFICE ? Outcome.DONE : Outcome.FORBIDDEN));
			for (String decision : List.of("verify", "reject", "return")) {
				cells.add(new Cell(decision, State.REFERRED, who, groupsTurn));
			}
			cells.add(new Cell("revoke", State.VERIFIED, who, who == Who.GROUP ? Outcome.DONE : Outcome.FORBIDDEN));
			cells.add(new Cell("amend", State.RETURNED, who,
					who == Who.OWN || staff ? Outcome.DONE : Outcome.FORBIDDEN));
			for (State state : State.values()) {
				cells.add(new Cell("add-evidence", state, who, evidence(who, state)));
			}
		}
		return cells;
	}

	/**
	 * The representative adds evidence while the record is theirs to change (SUBMITTED,
	 * RETURNED); their workstations' staff until it is decided (also while it is referred to the
	 * evaluation group); the office until it is revoked; anybody else never.
	 */
	static Outcome evidence(Who who, State state) {
		return switch (who) {
			case OWN -> state == State.SUBMITTED || state == State.RETURNED ? Outcome.DONE : Outcome.CONFLICT;
			case STAFF, INDUSTRY_STAFF -> state == State.SUBMITTED || state == State.RECORDED
					|| state == State.RETURNED || state == State.REFERRED ? Outcome.DONE : Outcome.CONFLICT;
			case OFFICE -> state == State.REVOKED ? Outcome.CONFLICT : Outcome.DONE;
			default -> Outcome.FORBIDDEN;
		};
	}

	@Test
	void eachUserTouchesExactlyTheRecordsTheirRoleAndPlaceAllow() throws Exception {
		var wrong = new ArrayList<String>();
		for (Cell cell : table()) {
			long id = recordIn(cell.state());
			int status = perform(cell.action(), id, users.get(cell.who())).andReturn().getResponse().getStatus();
			Outcome actual = status / 100 == 2 ? Outcome.DONE
					: status == 403 ? Outcome.FORBIDDEN : status == 409 ? Outcome.CONFLICT : null;
			if (actual != cell.expected()) {
				wrong.add(cell + " answered " + status);
			}
			if (actual != Outcome.DONE && !stateOf(id).equals(cell.state().name())) {
				wrong.add(cell + " was refused but changed the record to " + stateOf(id));
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theTableCoversEveryUserForEveryActionAndState() {
		assertThat(table()).hasSize(Who.values().length * (12 + State.values().length));
		assertThat(table()).extracting(Cell::expected).contains(Outcome.values());
	}

	ResultActions perform(String action, long id, String who) throws Exception {
		String url = "/api/v1/activities/" + id;
		return switch (action) {
			case "read" -> api.get(url, who);
			case "amend" -> api.put(url, who, Api.activity(rep.id(), 4, today()));
			case "record" -> api.post(url + "/" + action, who, "{}");
			case "add-evidence" -> mvc.perform(multipart(url + "/attachments")
				.file(new MockMultipartFile("file", "现场照片.png", "image/png", png()))
				.with(Fixtures.as(who)));
			// The evaluation group verifies (a rejected record) only with a written reason.
			default -> api.post(url + "/" + action, who, Api.reason("按规定处理"));
		};
	}

	/** A new record of the representative, brought to {@code state} by the users whose job it is. */
	long recordIn(State state) throws Exception {
		var body = Api.activity(rep.id(), 4, today());
		if (state == State.SUBMITTED) {
			return api.create(users.get(Who.OWN), body);
		}
		long id = api.create(users.get(Who.STAFF), body);
		String office = users.get(Who.OFFICE);
		switch (state) {
			case VERIFIED -> api.verify(office, id);
			case REJECTED -> api.post("/api/v1/activities/" + id + "/reject", office, Api.reason("材料不全"));
			case RETURNED -> api.post("/api/v1/activities/" + id + "/return", office, Api.reason("请补充照片"));
			case REFERRED -> api.post("/api/v1/activities/" + id + "/refer", office, Api.reason("难以评定"));
			case REVOKED -> {
				api.verify(office, id);
				api.post("/api/v1/activities/" + id + "/revoke", users.get(Who.GROUP), Api.reason("经复核撤销"));
			}
			default -> {
			}
		}
		assertThat(stateOf(id)).isEqualTo(state.name());
		return id;
	}

	String stateOf(long id) throws Exception {
		return api.ok("/api/v1/activities/" + id, users.get(Who.OFFICE)).get("status").asString();
	}

	static byte[] png() {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
