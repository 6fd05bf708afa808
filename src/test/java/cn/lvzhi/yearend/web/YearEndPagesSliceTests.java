package cn.lvzhi.yearend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.shared.Role;
import cn.lvzhi.yearend.Grade;
import cn.lvzhi.yearend.YearEndOverviews;
import cn.lvzhi.yearend.YearEndSheets;

/** The year-end overview: the grades in words with their counts, whether the year's points are final, and who may look. */
@WebSlice
class YearEndPagesSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	YearEndSheets sheets;

	@Autowired
	YearEndOverviews overviews;

	@Test
	void theOverviewCountsEachGradeInWordsAndSaysTheClosedYearIsFinal() throws Exception {
		Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
		grades.put(Grade.EXCELLENT, 3);
		grades.put(Grade.COMPETENT, 12);
		grades.put(Grade.BASICALLY_COMPETENT, 1);
		grades.put(Grade.INCOMPETENT, 0);
		given(sheets.thisYear(any())).willReturn(2025);
		given(overviews.overview(any(), eq(2024), isNull()))
			.willReturn(new YearEndOverviews.Overview(2024, LocalDate.of(2024, 12, 31), true, true, null, List.of(),
					grades, 7));
		String html = mvc.perform(get("/evaluation/year-end?year=2024").with(Actor.office().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("2024年度年终评议", "各等次人数", "优秀", "称职", "基本称职", "不称职", "未评议",
				"本年度已关账,以上为最终年终积分", "本年度暂无代表")
			.containsPattern("未评议</span>\\s*<strong[^>]*>7<");
	}

	@Test
	void representativesHaveNoOverview() throws Exception {
		mvc.perform(get("/evaluation/year-end").with(Actor.representative("rep", WebSlice.DISTRICT.id(), 5).signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluation/year-end").with(Actor.staff("staff", WebSlice.DISTRICT.id(), 5).signedIn()))
			.andExpect(status().isForbidden());
	}
}
