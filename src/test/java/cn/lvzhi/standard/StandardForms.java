package cn.lvzhi.standard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The new-version form as a browser posts it, for the page tests and the slice. */
public final class StandardForms {

	/** Three valid rows: a duty shift, an appeal's result by satisfaction, a capped co-signed motion. */
	public static final List<String> VALID_ROWS = List.of("1|SERVICE|值班接访|PER_OCCURRENCE|5||||",
			"3|SERVICE|协助解决群众诉求|BY_SATISFACTION||7|5|0|", "9|DELIBERATION|联署提案|PER_OCCURRENCE|3||||9");

	private StandardForms() {
	}

	/** The form: one row per {@code code|category|title|kind|points|vs|bs|ds|cap}. */
	public static MockHttpServletRequestBuilder form(String effectiveFrom, List<String> rows) {
		var request = post("/standard/versions").param("effectiveFrom", effectiveFrom).param("name", "");
		String[] fields = { "code", "category", "title", "kind", "points", "verySatisfied", "basicallySatisfied",
				"dissatisfied", "capPerCycle" };
		for (int i = 0; i < rows.size(); i++) {
			String[] values = rows.get(i).split("\\|", -1);
			for (int f = 0; f < fields.length; f++) {
				request.param("items[" + i + "]." + fields[f], values[f]);
			}
		}
		return request;
	}
}
