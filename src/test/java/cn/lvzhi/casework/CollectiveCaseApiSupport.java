package cn.lvzhi.casework;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The people and helpers of the contract tests of inspections, inquiries and written opinions: a
 * community workstation (with an industry one) and its representative {@code rep}, another
 * community workstation with {@code other}, users for both, staff of each workstation, the office,
 * the evaluation group and an auditor; uploads and counts of what was written.
 */
final class CollectiveCaseApiSupport {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final LocalDate DAY = LocalDate.of(2021, 4, 20);

	final MockMvc mvc;

	final JdbcClient jdbc;

	final Fixtures fixture;

	final Api api;

	final Workstation community;

	final Workstation industry;

	final Workstation otherCommunity;

	final Representative rep;

	final Representative other;

	final String repUser;

	final String otherUser;

	final String staff;

	final String industryStaff;

	final String otherStaff;

	final String office;

	final String group;

	final String auditor;

	CollectiveCaseApiSupport(ApplicationContext context, MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.fixture = new Fixtures(context);
		this.api = new Api(mvc, json);
		this.community = fixture.community();
		this.industry = fixture.industry();
		this.otherCommunity = fixture.community();
		this.rep = fixture.representativeSince(community, industry, STARTED);
		this.other = fixture.representativeSince(otherCommunity, null, STARTED);
		this.repUser = fixture.userOf(rep);
		this.otherUser = fixture.userOf(other);
		this.staff = fixture.staffOf(community);
		this.industryStaff = fixture.staffOf(industry);
		this.otherStaff = fixture.staffOf(otherCommunity);
		this.office = fixture.user(Role.OFFICE);
		this.group = fixture.user(Role.EVALUATION_GROUP);
		this.auditor = fixture.user(Role.AUDITOR);
	}

	/** A representative whose term starts after {@link #DAY}: not serving on it. */
	Representative newcomer() {
		return fixture.representativeSince(community, null, DAY.plusDays(1));
	}

	ResultActions upload(String url, String who, String name, byte[] content) throws Exception {
		return mvc.perform(multipart(url).file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(Fixtures.as(who)));
	}

	/** The activity records of these representatives. */
	long records(Representative... representatives) {
		return jdbc.sql("select count(*) from activity where representative_id in (:ids)")
			.param("ids", List.of(representatives).stream().map(Representative::id).toList())
			.query(Long.class)
			.single();
	}

	/** The rows of one of casework's tables. */
	long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** What the audit trail says happened to a case of this kind, in order. */
	List<String> audit(String recordType, long id) {
		return jdbc.sql("select action from audit_entry where record_type = ? and record_id = ? order by id")
			.params(recordType, Long.toString(id))
			.query(String.class)
			.list();
	}
}
