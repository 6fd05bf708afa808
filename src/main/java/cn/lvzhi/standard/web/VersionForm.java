package cn.lvzhi.standard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.lvzhi.standard.NewVersion;

/**
 * The "new version" page's form: every field as typed, so that a wrong number comes back to the
 * page as a field error instead of failing to bind. A mutable bean because it binds an indexed
 * list of rows that grows and shrinks as the office adds and removes items.
 */
public class VersionForm {

	private String effectiveFrom;

	private String name;

	private List<Row> items = new ArrayList<>();

	/** One item of the standard as a row of the form's table. */
	public static class Row {

		private String code;

		private String category;

		private String title;

		private String kind;

		private String points;

		private String verySatisfied;

		private String basicallySatisfied;

		private String dissatisfied;

		private String capPerCycle;

		static Row of(NewVersion.Item item) {
			var row = new Row();
			row.code = text(item.code());
			row.category = item.category();
			row.title = item.title();
			if (item.rule() != null) {
				row.kind = item.rule().kind();
				row.points = text(item.rule().points());
				row.capPerCycle = text(item.rule().capPerCycle());
				if (item.rule().tiers() != null) {
					row.verySatisfied = text(item.rule().tiers().verySatisfied());
					row.basicallySatisfied = text(item.rule().tiers().basicallySatisfied());
					row.dissatisfied = text(item.rule().tiers().dissatisfied());
				}
			}
			return row;
		}

		NewVersion.Item toItem(String at, Map<String, String> errors) {
			Integer verySatisfiedPoints = number(at + "verySatisfied", verySatisfied, errors);
			Integer basicallySatisfiedPoints = number(at + "basicallySatisfied", basicallySatisfied, errors);
			Integer dissatisfiedPoints = number(at + "dissatisfied", dissatisfied, errors);
			boolean anyTier = verySatisfiedPoints != null || basicallySatisfiedPoints != null
					|| dissatisfiedPoints != null || "BY_SATISFACTION".equals(kind);
			var tiers = anyTier
					? new NewVersion.TierSpec(verySatisfiedPoints, basicallySatisfiedPoints, dissatisfiedPoints) : null;
			return new NewVersion.Item(number(at + "code", code, errors), category, title, new NewVersion.RuleSpec(kind,
					number(at + "points", points, errors), tiers, number(at + "capPerCycle", capPerCycle, errors)));
		}

		// Getters and setters for data binding.

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getPoints() {
			return points;
		}

		public void setPoints(String points) {
			this.points = points;
		}

		public String getVerySatisfied() {
			return verySatisfied;
		}

		public void setVerySatisfied(String verySatisfied) {
			this.verySatisfied = verySatisfied;
		}

		public String getBasicallySatisfied() {
			return basicallySatisfied;
		}

		public void setBasicallySatisfied(String basicallySatisfied) {
			this.basicallySatisfied = basicallySatisfied;
		}

		public String getDissatisfied() {
			return dissatisfied;
		}

		public void setDissatisfied(String dissatisfied) {
			this.dissatisfied = dissatisfied;
		}

		public String getCapPerCycle() {
			return capPerCycle;
		}

		public void setCapPerCycle(String capPerCycle) {
			this.capPerCycle = capPerCycle;
		}
	}

	static VersionForm of(NewVersion draft) {
		var form = new VersionForm();
		form.effectiveFrom = draft.effectiveFrom() == null ? null : draft.effectiveFrom().toString();
		form.name = draft.name();
		draft.items().forEach(item -> form.items.add(Row.of(item)));
		return form;
	}

	/**
	 * The draft this form describes. Fields that are not numbers or dates are left out of it and
	 * put into {@code errors} (form field → message key), keyed as the form names them.
	 */
	NewVersion toNewVersion(Map<String, String> errors) {
		LocalDate from = null;
		if (effectiveFrom != null && !effectiveFrom.isBlank()) {
			try {
				from = LocalDate.parse(effectiveFrom.strip());
			}
			catch (DateTimeParseException e) {
				errors.put("effectiveFrom", "validation.date.format");
			}
		}
		var drafts = new ArrayList<NewVersion.Item>();
		for (int i = 0; i < items.size(); i++) {
			Row row = items.get(i) == null ? new Row() : items.get(i);
			drafts.add(row.toItem("items[" + i + "].", errors));
		}
		return new NewVersion(from, name, drafts);
	}

	/** The form field that a field error of the domain ({@code items[3].rule.tiers.DISSATISFIED}) belongs to. */
	static String fieldOf(String domainField) {
		return FIELDS.entrySet()
			.stream()
			.filter(e -> domainField.endsWith(e.getKey()))
			.findFirst()
			.map(e -> domainField.substring(0, domainField.length() - e.getKey().length()) + e.getValue())
			.orElse(domainField.matches("items\\[\\d+]") ? domainField + ".title" : domainField);
	}

	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put(".rule.tiers.VERY_SATISFIED", ".verySatisfied");
		FIELDS.put(".rule.tiers.BASICALLY_SATISFIED", ".basicallySatisfied");
		FIELDS.put(".rule.tiers.DISSATISFIED", ".dissatisfied");
		FIELDS.put(".rule.tiers", ".verySatisfied");
		FIELDS.put(".rule.points", ".points");
		FIELDS.put(".rule.capPerCycle", ".capPerCycle");
		FIELDS.put(".rule.kind", ".kind");
		FIELDS.put(".rule", ".kind");
	}

	private static Integer number(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			errors.put(field, "validation.standard.integer");
			return null;
		}
	}

	private static String text(Integer number) {
		return number == null ? null : number.toString();
	}

	public String getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<Row> getItems() {
		return items;
	}

	public void setItems(List<Row> items) {
		this.items = items;
	}
}
