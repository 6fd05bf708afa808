package cn.lvzhi.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;
import cn.lvzhi.standard.Tiers;

/**
 * The report form as a representative sees it: the items of the standard in force by category with
 * their points in words, a photo from the phone's camera, and mistakes in Chinese beside the field
 * before anything is reported.
 */
@WebSlice
class ActivityFormSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final LocalDate TODAY = LocalDate.of(2021, 3, 20);

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	static final Actor REPRESENTATIVE = Actor.representative("rep", DISTRICT, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	Activities activities;

	@Autowired
	Standards standards;

	@BeforeEach
	void aStandardInForce() {
		given(activities.today(DISTRICT)).willReturn(TODAY);
		given(standards.inForce(eq(DISTRICT), any())).willReturn(new StandardVersion(1L, DISTRICT, 1, "标准",
				LocalDate.of(2013, 9, 23),
				List.of(new StandardItem(1, Category.SERVICE, "值班接访", new Rule.PerOccurrence(5, null)),
						new StandardItem(3, Category.SERVICE, "协助解决群众诉求",
								new Rule.BySatisfaction(new Tiers(6, 5, 0), null)),
						new StandardItem(9, Category.DELIBERATION, "联署提案", new Rule.PerOccurrence(3, 9))),
				"office", Instant.parse("2013-09-01T00:00:00Z")));
	}

	@Test
	void theReportFormOffersTheItemsOfTheStandardByCategoryWithTheirPoints() throws Exception {
		String html = mvc.perform(get("/activities/new").with(REPRESENTATIVE.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<optgroup label=\"服务联系群众\"", "每次5分",
				"data-hours=\"true\"", "href=\"/appeals/new\"", "href=\"/proposals/new\"")
			.as("items 2, 3, 7, 8 and 9 come only from casework (DOMAIN.md 11)")
			.doesNotContain("value=\"2\"", "value=\"3\"", "value=\"7\"", "value=\"8\"", "value=\"9\"",
					"非常满意6分/基本满意5分/不满意0分", "每个周期最高9分")
			.contains("type=\"file\"", "accept=\"image/*", "capture=\"environment\"", "multiple")
			.as("a representative reports their own: no representative to pick")
			.doesNotContain("id=\"representativeId\"");
	}

	@Test
	void aReportWithoutTitleOrItemShowsChineseErrorsNextToTheFields() throws Exception {
		String html = mvc.perform(multipart("/activities/new").param("occurredOn", DAY.toString())
			.param("hours", "30")
			.with(csrf())
			.with(REPRESENTATIVE.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ActivityPagesTests.errorAfter(html, "id=\"title\"")).isEqualTo("必填");
		assertThat(ActivityPagesTests.errorAfter(html, "id=\"itemCode\"")).isEqualTo("必填");
		assertThat(ActivityPagesTests.errorAfter(html, "id=\"hours\"")).contains("时长应大于 0 且不超过 24 小时");
		then(activities).should(never()).create(any(), anyLong(), any());
	}

	@Test
	void auditorsAndAdministratorsReportNothing() throws Exception {
		mvc.perform(get("/activities/new").with(Actor.of("admin", DISTRICT, cn.lvzhi.shared.Role.ADMIN).signedIn()))
			.andExpect(status().isForbidden());
	}
}
