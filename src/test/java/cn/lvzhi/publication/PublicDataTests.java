package cn.lvzhi.publication;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeDetails;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.Role;

/**
 * "Public pages show no personal data beyond a representative's name, workstation and points"
 * (DOMAIN.md): every public page, public API answer and public download of a published list is
 * scanned for the representatives' phones (whole or masked), organisations, posts, electoral
 * units and genders.
 */
@OnH2
class PublicDataTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void noPublicPageAnswerOrDownloadCarriesPersonalData() throws Exception {
		Fixtures fixture = Fixtures.inNewDistrict(context);
		Api api = new Api(mvc, json);
		Workstation community = fixture.community();
		Workstation industry = fixture.industry();
		String office = fixture.user(Role.OFFICE);
		String group = fixture.user(Role.EVALUATION_GROUP);
		var secrets = new ArrayList<String>();
		var reps = new ArrayList<Representative>();
		for (Gender gender : Gender.values()) {
			String phone = Fixtures.phone();
			String organization = Fixtures.unique("机密单位");
			String position = Fixtures.unique("机密职务");
			String unit = Fixtures.unique("机密选举单位");
			reps.add(fixture.representatives.register(fixture.district,
					new RepresentativeDetails(Fixtures.unique("公示代表"), gender, organization, position, phone, unit,
							"第三届", community.id(), industry.id(), LocalDate.of(2015, 1, 1))));
			secrets.addAll(List.of(phone, Masking.phone(phone), organization,
					position, unit));
		}
		for (Representative r : reps) {
			api.enterAndVerify(office, office, activity(r.id(), 1, LocalDate.of(2020, 1, 15)));
		}
		long id = api.read(api.post("/api/v1/publications", office, Map.of("year", 2020, "quarter", 1))).get("id").asLong();
		api.post("/api/v1/publications/" + id + "/approve", group, "").andExpect(status().isOk());
		String code = fixture.districtCode(context);

		var texts = new LinkedHashMap<String, String>();
		for (String url : List.of("/public/publications", "/public/publications?district=" + code,
				"/public/publications?district=" + code + "&year=2020", "/public/publications/" + id,
				"/api/v1/public/publications?district=" + code, "/api/v1/public/publications/" + id)) {
			texts.put(url, mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		byte[] pdf = mvc.perform(get("/api/v1/public/publications/" + id + "/export.pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			texts.put("pdf", new PDFTextStripper().getText(document));
		}
		byte[] xlsx = mvc.perform(get("/api/v1/public/publications/" + id + "/export.xlsx")).andReturn().getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var cells = new StringBuilder();
			var format = new DataFormatter();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(format.formatCellValue(cell)).append('\n')));
			texts.put("xlsx", cells.toString());
		}

		// the scan sees the list: names are there
		assertThat(texts.get("/public/publications/" + id)).contains(reps.get(0).name(), reps.get(1).name());
		assertThat(texts.get("pdf")).contains(reps.get(0).name());
		assertThat(texts.get("xlsx")).contains(reps.get(1).name());
		texts.forEach((where, text) -> {
			assertThat(text).as(where).doesNotContain(secrets);
			assertThat(text).as(where).doesNotContain("FEMALE", "MALE", "gender", "女", "男", "phone", "organization",
					"electoralUnit", "representativeId", industry.name());
		});
	}

	@Test
	void theFeedbackFormItsRepresentativePickerAndTheReceiptCarryNoPersonalData() throws Exception {
		Fixtures fixture = new Fixtures(context); // anonymous feedback goes to the deployment's district
		Api api = new Api(mvc, json);
		String phone = Fixtures.phone();
		String organization = Fixtures.unique("机密单位");
		String unit = Fixtures.unique("机密选举单位");
		Representative rep = fixture.representatives.register(fixture.district,
				new RepresentativeDetails(Fixtures.unique("反馈代表"), Gender.FEMALE, organization, "机密职务", phone, unit,
						"第三届", fixture.community().id(), null, LocalDate.of(2015, 1, 1)));
		String contact = Fixtures.phone();
		String receipt = api.read(mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("representativeId", rep.id(), "contact", contact, "content",
					"请核实值班记录")))
			.with(r -> {
				r.setRemoteAddr("10.77.0." + (System.nanoTime() % 250));
				return r;
			}))
			.andExpect(status().isCreated())).get("receiptCode").asString();

		var texts = new LinkedHashMap<String, String>();
		for (String url : List.of("/public/feedback", "/public/feedback?representativeId=" + rep.id(),
				"/public/feedback/representatives?q=" + rep.name().substring(0, 4), "/public/feedback/" + receipt,
				"/api/v1/public/complaints/" + receipt)) {
			texts.put(url, mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		// the scan sees what it should: the representative's name, the masked contact on the receipt
		assertThat(texts.get("/public/feedback/representatives?q=" + rep.name().substring(0, 4))).contains(rep.name());
		assertThat(texts.get("/public/feedback/" + receipt)).contains(rep.name(), Masking.phone(contact));
		texts.forEach((where, text) -> assertThat(text).as(where)
			.doesNotContain(phone, Masking.phone(phone), organization, "机密职务", unit, contact, "FEMALE", "electoralUnit"));
	}
}
