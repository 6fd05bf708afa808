package cn.lvzhi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;

/**
 * The pages of inspections and written opinions on the whole application: staff reach them from
 * their 工作台, enter one with their representatives, the participant writes the report and adds
 * its file on the case page; a written opinion and its document are entered in one form.
 */
@OnH2
class CollectiveCasePagesTests {

	static final LocalDate DAY = LocalDate.of(2021, 5, 6);

	@Autowired
	Pages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A multipart form sent as {@code username} from a page of theirs, with the CSRF token. */
	ResultActions upload(MockMultipartHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(csrf()).with(pages.signedIn(username)));
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	long records(long representative, int item) {
		return jdbc.sql("select count(*) from activity where representative_id = ? and item_code = ?")
			.params(representative, item)
			.query(Long.class)
			.single();
	}

	@Test
	void staffEnterAnInspectionFromTheirDeskAndTheParticipantHandsInTheReport() throws Exception {
		Fixtures.Cast cast = pages.cast();
		assertThat(pages.page("/activities/queue", cast.staff)).contains("href=\"/casework/collective\"");
		assertThat(pages.page("/activities/collective", cast.staff)).contains("href=\"/casework/inspections/new\"");
		assertThat(pages.page("/casework/inspections/new", cast.staff)).contains(cast.rep.name(), cast.neighbour.name())
			.doesNotContain(cast.other.name());
		String location = pages.submit(post("/casework/inspections/new").param("occurredOn", DAY.toString())
			.param("title", "视察社区养老服务中心")
			.param("place", "沙头角街道")
			.param("participantIds", cast.rep.id().toString(), cast.neighbour.id().toString()), cast.staff)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/casework/inspections/");
		assertThat(records(cast.rep.id(), 6)).isEqualTo(1);
		assertThat(records(cast.neighbour.id(), 6)).isEqualTo(1);

		assertThat(pages.page(location, cast.repUser)).contains("视察社区养老服务中心", "沙头角街道", "已登记",
				"id=\"text-form\"", "id=\"file-form\"");
		pages.submit(post(location + "/report").param("text", "养老床位紧缺,建议增设日间照料。"), cast.repUser)
			.andExpect(status().is3xxRedirection());
		upload(multipart(location + "/report/file")
			.file(new MockMultipartFile("file", "视察报告.pdf", "application/pdf", pdf())), cast.repUser)
			.andExpect(status().is3xxRedirection());
		assertThat(pages.page(location, cast.office)).contains("养老床位紧缺,建议增设日间照料。", "视察报告.pdf")
			.doesNotContain("id=\"text-form\"", "id=\"file-form\"");
		assertThat(pages.page("/casework/collective?year=" + DAY.getYear(), cast.staff)).contains("视察社区养老服务中心",
				"已提交报告", "2 名代表参加");
		assertThat(pages.page("/casework/collective?year=" + DAY.getYear(), cast.otherUser))
			.doesNotContain("视察社区养老服务中心");
	}

	@Test
	void aWrittenOpinionAndItsDocumentAreEnteredInOneForm() throws Exception {
		Fixtures.Cast cast = pages.cast();
		String location = upload(multipart("/casework/written-opinions/new")
			.file(new MockMultipartFile("document", "意见.pdf", "application/pdf", pdf()))
			.param("occurredOn", DAY.toString())
			.param("title", "关于改进履职考评的意见")
			.param("content", "建议把群众满意度纳入年终评议。")
			.param("participantIds", cast.rep.id().toString()), cast.office)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(pages.page(location, cast.repUser)).contains("关于改进履职考评的意见", "意见.pdf", "已登记");
		assertThat(records(cast.rep.id(), 11)).isEqualTo(1);
	}

	@Test
	void aDocumentOfAnotherTypeKeepsTheFormAndEntersNothing() throws Exception {
		Fixtures.Cast cast = pages.cast();
		String html = upload(multipart("/casework/written-opinions/new")
			.file(new MockMultipartFile("document", "意见.pdf", "application/pdf", "不是 PDF".getBytes()))
			.param("occurredOn", DAY.toString())
			.param("title", "关于改进履职考评的意见")
			.param("content", "建议")
			.param("participantIds", cast.rep.id().toString()), cast.office)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"form-errors\"");
		assertThat(records(cast.rep.id(), 11)).isZero();
	}
}
