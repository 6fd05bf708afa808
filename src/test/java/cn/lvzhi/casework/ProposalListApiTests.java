package cn.lvzhi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Actor;
import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.casework.ProposalApiTests.Proposing;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The list of proposals on both databases: filters by year, unit, state, kind and
 * representative, paging, who sees which, the Excel export read back with the same filters, and
 * two steps racing on one proposal.
 */
abstract class ProposalListApiTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Proposals proposals;

	Fixtures fixture;

	Api api;

	Proposing proposing;

	Representative lead;

	Representative cosigner;

	Representative other;

	String leadUser;

	String cosignerUser;

	String otherUser;

	String staff;

	String office;

	String group;

	String unit;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		proposing = new Proposing(api);
		Workstation community = fixture.community();
		lead = fixture.representativeSince(community, null, ProposalApiTests.STARTED);
		cosigner = fixture.representativeSince(fixture.community(), null, ProposalApiTests.STARTED);
		other = fixture.representativeSince(fixture.community(), null, ProposalApiTests.STARTED);
		leadUser = fixture.userOf(lead);
		cosignerUser = fixture.userOf(cosigner);
		otherUser = fixture.userOf(other);
		staff = fixture.staffOf(community);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		unit = Fixtures.unique("区住房建设局");
	}

	int year() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).getYear();
	}

	/** Three proposals of {@code lead}: a draft suggestion, a submitted motion co-signed, one assigned to {@link #unit}. */
	List<Long> three() throws Exception {
		long suggestion = proposing.draft(leadUser, Proposing.body("SUGGESTION", "建议一", lead.id(), null));
		long motion = proposing.draft(leadUser, Proposing.motion("提案二", lead.id(), cosigner.id()));
		proposing.confirm(cosignerUser, motion, cosigner.id());
		proposing.submit(leadUser, motion);
		long assigned = proposing.draft(leadUser, Proposing.motion("=提案三", lead.id()));
		proposing.submit(leadUser, assigned);
		api.post("/api/v1/proposals/" + assigned + "/assign", office,
				Map.of("handlingUnits", List.of(Proposing.unit(unit, "LEAD")))).andExpect(status().isOk());
		return List.of(suggestion, motion, assigned);
	}

	@Test
	void listsByYearUnitStatusKindAndRepresentativeNewestFirstInPages() throws Exception {
		List<Long> ids = three();
		String mine = "/api/v1/proposals?representativeId=" + lead.id();
		assertThat(Api.ids(api.ok(mine, office))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
		JsonNode page = api.ok(mine + "&size=2&page=1", office);
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(Api.ids(page)).containsExactly(ids.get(0));
		assertThat(Api.ids(api.ok(mine + "&kind=MOTION", office))).containsExactly(ids.get(2), ids.get(1));
		assertThat(Api.ids(api.ok(mine + "&status=SUBMITTED", office))).containsExactly(ids.get(1));
		assertThat(Api.ids(api.ok("/api/v1/proposals?unit=" + unit.substring(2), office))).containsExactly(ids.get(2));
		assertThat(Api.ids(api.ok(mine + "&year=" + year(), group))).hasSize(3);
		assertThat(Api.ids(api.ok(mine + "&year=" + (year() - 1), group))).isEmpty();
		JsonNode item = api.ok(mine + "&status=SUBMITTED", office).get("items").get(0);
		assertThat(item.get("leadName").asString()).isEqualTo(lead.name());
		assertThat(item.get("cosigners").asInt()).isEqualTo(1);
		assertThat(item.get("confirmedCosigners").asInt()).isEqualTo(1);
		assertThat(Api.ids(api.ok("/api/v1/proposals?representativeId=" + cosigner.id(), office))).containsExactly(ids.get(1));

		api.get("/api/v1/proposals?year=20000", office)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		api.get("/api/v1/proposals?status=LOST", office).andExpect(status().isBadRequest());
		api.get("/api/v1/proposals?size=0", office).andExpect(status().isUnprocessableContent());
	}

	@Test
	void aRepresentativeListsTheirOwnAndStaffTheirWorkstationsLeadsOnly() throws Exception {
		List<Long> ids = three();
		assertThat(Api.ids(api.ok("/api/v1/proposals", leadUser))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
		assertThat(Api.ids(api.ok("/api/v1/proposals", cosignerUser))).containsExactly(ids.get(1));
		assertThat(Api.ids(api.ok("/api/v1/proposals", otherUser))).isEmpty();
		assertThat(Api.ids(api.ok("/api/v1/proposals", staff))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
		api.get("/api/v1/proposals?representativeId=" + lead.id(), otherUser).andExpect(status().isForbidden());
		api.get("/api/v1/proposals", fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
	}

	@Test
	void exportsTheFilteredListAsAWorkbookAndAuditsIt() throws Exception {
		List<Long> ids = three();
		List<List<String>> rows = export("?representativeId=" + lead.id() + "&year=" + year(), office);
		assertThat(rows.get(0)).startsWith("编号", "年度", "类别", "标题", "领衔代表", "联署代表", "状态", "主办单位");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
			.containsExactly("" + ids.get(2), "" + ids.get(1), "" + ids.get(0));
		List<String> assigned = rows.get(1);
		assertThat(assigned.get(1)).isEqualTo("" + year());
		assertThat(assigned.get(2)).isEqualTo("提案");
		assertThat(assigned.get(3)).isEqualTo("'=提案三"); // a formula is kept as text
		assertThat(assigned.get(4)).isEqualTo(lead.name());
		assertThat(assigned.get(6)).isEqualTo("已交办");
		assertThat(assigned.get(7)).isEqualTo(unit);
		assertThat(rows.get(2).get(5)).isEqualTo(cosigner.name() + "(已确认)");
		assertThat(rows.get(3).get(6)).isEqualTo("草拟中");

		assertThat(export("?unit=" + unit, group)).hasSize(2);
		List<List<String>> motions = export("?representativeId=" + lead.id() + "&kind=MOTION&status=SUBMITTED", office);
		assertThat(motions).hasSize(2);
		assertThat(motions.get(1).get(0)).isEqualTo("" + ids.get(1));
		assertThat(export("?representativeId=" + lead.id() + "&year=" + (year() - 1), office)).hasSize(1);

		api.get("/api/v1/proposals/export.xlsx", leadUser).andExpect(status().isForbidden());
		api.get("/api/v1/proposals/export.xlsx", staff).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROPOSALS_EXPORTED' and username = ?")
			.param(office)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void twoSubmissionsAtOnceGiveOneSuccessOneConflictAndOneSetOfRecords() throws Exception {
		long id = proposing.draft(leadUser, Proposing.motion("t", lead.id(), cosigner.id()));
		proposing.confirm(cosignerUser, id, cosigner.id());
		var asLead = Actor.representative(leadUser, fixture.district, lead.id());
		var asOffice = Actor.of(office, fixture.district, Role.OFFICE);
		int ok = together(() -> proposals.submit(asLead, id), () -> proposals.submit(asOffice, id));
		assertThat(ok).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from activity where source_type = 'PROPOSAL' and source_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
		api.get("/api/v1/proposals/" + id, office)
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.history.length()").value(3));

		api.post("/api/v1/proposals/" + id + "/assign", office, Map.of("handlingUnits", List.of(Proposing.unit("甲", "LEAD"))));
		int replied = together(() -> proposals.reply(asOffice, id, "甲", "一"),
				() -> proposals.reply(asOffice, id, "甲", "二"));
		assertThat(replied).isEqualTo(1);
		api.get("/api/v1/proposals/" + id, office).andExpect(jsonPath("$.responses.length()").value(1));
	}

	/** Runs both at once and answers how many succeeded; any failure must be a 409. */
	static int together(Callable<?> first, Callable<?> second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			var start = new CountDownLatch(1);
			List<Future<?>> futures = new ArrayList<>();
			for (Callable<?> task : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			int ok = 0;
			for (Future<?> f : futures) {
				try {
					f.get();
					ok++;
				}
				catch (ExecutionException e) {
					assertThat(e.getCause()).isInstanceOf(Problem.Conflict.class);
				}
			}
			return ok;
		}
		finally {
			pool.shutdownNow();
		}
	}

	List<List<String>> export(String query, String who) throws Exception {
		byte[] body = api.get("/api/v1/proposals/export.xlsx" + query, who)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var rows = new ArrayList<List<String>>();
		var formatter = new DataFormatter();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("提案办理");
			for (Row row : sheet) {
				var cells = new ArrayList<String>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}


	@OnH2
	static class OnH2Tests extends ProposalListApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ProposalListApiTests {
	}
}
