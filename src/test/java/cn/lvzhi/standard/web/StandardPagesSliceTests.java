package cn.lvzhi.standard.web;

import static cn.lvzhi.standard.StandardForms.VALID_ROWS;
import static cn.lvzhi.standard.StandardForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;
import cn.lvzhi.standard.Tiers;

/**
 * The standard's pages as they render a version: where it stands today, its rules in words, the
 * office's button for a new one; and the new version's form adding and removing rows.
 */
@WebSlice
class StandardPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final StandardVersion FIRST = version(1, "试行标准", LocalDate.of(2013, 9, 23));

	static final StandardVersion SECOND = version(2, "修订标准", LocalDate.of(2020, 1, 1));

	@Autowired
	MockMvc mvc;

	@Autowired
	Standards standards;

	static StandardVersion version(int number, String name, LocalDate from) {
		return new StandardVersion((long) number, DISTRICT, number, name, from,
				List.of(new StandardItem(1, Category.SERVICE, "值班接访", new Rule.PerOccurrence(5, null)),
						new StandardItem(3, Category.SERVICE, "协助解决群众诉求",
								new Rule.BySatisfaction(new Tiers(7, 5, 0), null)),
						new StandardItem(9, Category.DELIBERATION, "联署提案", new Rule.PerOccurrence(3, 9))),
				"office", Instant.parse("2013-09-01T00:00:00Z"));
	}

	void twoVersionsTheSecondInForce() {
		given(standards.versions(DISTRICT)).willReturn(List.of(summary(FIRST), summary(SECOND)));
		given(standards.version(DISTRICT, 1)).willReturn(FIRST);
		given(standards.version(DISTRICT, 2)).willReturn(SECOND);
		given(standards.inForce(eq(DISTRICT), any())).willReturn(SECOND);
	}

	static StandardVersion.Summary summary(StandardVersion version) {
		return new StandardVersion.Summary(version.number(), version.name(), version.effectiveFrom(),
				version.items().size());
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void showsTheVersionInForceWithItsRulesInWordsAndOffersTheOfficeANewOne() throws Exception {
		twoVersionsTheSecondInForce();
		String page = html(get("/standard").with(Actor.office().signedIn()));
		assertThat(page).contains("修订标准", "现行", "服务联系群众", "议党议政", "每次5分")
			.contains("非常满意7分/基本满意5分/不满意0分", "每个周期最高9分", "新增版本")
			.doesNotContain("??");
		assertThat(html(get("/standard").with(Actor.of("group", DISTRICT, Role.EVALUATION_GROUP).signedIn())))
			.contains("修订标准")
			.doesNotContain("新增版本");
	}

	@Test
	void anOlderVersionSaysItWasSuperseded() throws Exception {
		twoVersionsTheSecondInForce();
		assertThat(html(get("/standard/versions/1").with(Actor.office().signedIn()))).contains("试行标准", "已被新版本取代")
			.doesNotContain(">现行<");
	}

	@Test
	void addsAndRemovesRowsWithoutSaving() throws Exception {
		mvc.perform(form("", VALID_ROWS).param("addRow", "1").with(Actor.office().signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"items[3].code\"")))
			.andExpect(content().string(not(containsString("is-invalid"))));
		mvc.perform(form("", VALID_ROWS).param("removeRow", "0").with(Actor.office().signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"items[2].code\""))))
			.andExpect(content().string(not(containsString("值班接访"))))
			.andExpect(content().string(containsString("联署提案")));
		then(standards).should(never()).create(anyLong(), any(), any());
	}
}
