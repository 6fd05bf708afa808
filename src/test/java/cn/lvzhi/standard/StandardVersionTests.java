package cn.lvzhi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.NewVersion.Item;
import cn.lvzhi.standard.NewVersion.RuleSpec;
import cn.lvzhi.standard.NewVersion.TierSpec;

class StandardVersionTests {

	static final LocalDate FIRST = LocalDate.of(2013, 9, 23);

	static final List<StandardVersion.Summary> EXISTING = List.of(new StandardVersion.Summary(1, "v1", FIRST, 14));

	static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

	static Item perOccurrence(int code, int points) {
		return new Item(code, "SERVICE", "项目" + code, new RuleSpec("PER_OCCURRENCE", points, null, null));
	}

	static Item bySatisfaction(int code, Integer very, Integer basically, Integer dissatisfied) {
		return new Item(code, "SERVICE", "项目" + code,
				new RuleSpec("BY_SATISFACTION", null, new TierSpec(very, basically, dissatisfied), null));
	}

	static StandardVersion create(LocalDate from, List<Item> items) {
		return StandardVersion.create(7, new NewVersion(from, null, items), EXISTING, "默认名称", "office", NOW);
	}

	static Map<String, String> violations(Runnable action) {
		try {
			action.run();
		}
		catch (Problem.Invalid invalid) {
			return invalid.fields()
				.stream()
				.collect(Collectors.toMap(Problem.FieldViolation::field, Problem.FieldViolation::messageKey));
		}
		throw new AssertionError("expected Problem.Invalid");
	}

	@Test
	void createsTheNextVersionWithItsItemsAndRules() {
		var version = StandardVersion.create(7,
				new NewVersion(LocalDate.of(2027, 1, 1), " 2027版 ",
						List.of(perOccurrence(1, 5), bySatisfaction(3, 8, 4, 0),
								new Item(9, "DELIBERATION", " 联署 ", new RuleSpec("PER_OCCURRENCE", 3, null, 9)))),
				EXISTING, "默认名称", "office", NOW);
		assertThat(version.number()).isEqualTo(2);
		assertThat(version.districtId()).isEqualTo(7);
		assertThat(version.name()).isEqualTo("2027版");
		assertThat(version.createdBy()).isEqualTo("office");
		assertThat(version.items()).containsExactly(
				new StandardItem(1, Category.SERVICE, "项目1", new Rule.PerOccurrence(5, null)),
				new StandardItem(3, Category.SERVICE, "项目3", new Rule.BySatisfaction(new Tiers(8, 4, 0), null)),
				new StandardItem(9, Category.DELIBERATION, "联署", new Rule.PerOccurrence(3, 9)));
		assertThat(version.item(9).orElseThrow().rule().capPerCycle()).hasValue(9);
		assertThat(version.item(2)).isEmpty();
	}

	@Test
	void takesTheFallbackNameWhenNoneIsGiven() {
		assertThat(create(LocalDate.of(2027, 1, 1), List.of(perOccurrence(1, 5))).name()).isEqualTo("默认名称");
	}

	@Test
	void namesEveryWrongFieldOfEveryItem() {
		var items = new ArrayList<Item>();
		items.add(perOccurrence(1, 5));
		items.add(new Item(1, "SERVICE", "重复", new RuleSpec("PER_OCCURRENCE", 5, null, null)));
		items.add(new Item(0, "NOPE", " ", new RuleSpec("PER_OCCURRENCE", 1001, null, -1)));
		items.add(new Item(null, null, "x".repeat(301), new RuleSpec("SOMETIMES", null, null, null)));
		items.add(bySatisfaction(5, null, -1, 1001));
		items.add(new Item(6, "EXEMPLARY", "无档", new RuleSpec("BY_SATISFACTION", 5, null, null)));
		items.add(new Item(7, "EXEMPLARY", "无规则", null));
		items.add(new Item(8, "EXEMPLARY", "无方式", new RuleSpec(null, 5, null, null)));
		items.add(perOccurrence(-3, -1));
		assertThat(violations(() -> create(LocalDate.of(2027, 1, 1), items))).containsOnly(
				Map.entry("items[1].code", "validation.standard.code.duplicate"),
				Map.entry("items[2].code", "validation.standard.code.positive"),
				Map.entry("items[2].category", "validation.standard.category.unknown"),
				Map.entry("items[2].title", "validation.required"),
				Map.entry("items[2].rule.points", "validation.standard.points.range"),
				Map.entry("items[2].rule.capPerCycle", "validation.standard.cap.min"),
				Map.entry("items[3].code", "validation.required"),
				Map.entry("items[3].category", "validation.required"),
				Map.entry("items[3].title", "validation.too-long"),
				Map.entry("items[3].rule.kind", "validation.standard.kind.unknown"),
				Map.entry("items[4].rule.tiers.VERY_SATISFIED", "validation.required"),
				Map.entry("items[4].rule.tiers.BASICALLY_SATISFIED", "validation.standard.points.range"),
				Map.entry("items[4].rule.tiers.DISSATISFIED", "validation.standard.points.range"),
				Map.entry("items[5].rule.tiers", "validation.standard.tiers.required"),
				Map.entry("items[6].rule", "validation.required"),
				Map.entry("items[7].rule.kind", "validation.required"),
				Map.entry("items[8].code", "validation.standard.code.positive"),
				Map.entry("items[8].rule.points", "validation.standard.points.range"));
	}

	@Test
	void acceptsTheBoundsOfPointsAndCap() {
		var version = create(LocalDate.of(2027, 1, 1), List.of(perOccurrence(1, 0), perOccurrence(2, 1000),
				new Item(3, "SUPERVISION", "上限0", new RuleSpec("PER_OCCURRENCE", 5, null, 0)),
				bySatisfaction(4, 1000, 0, 0)));
		assertThat(version.items()).hasSize(4);
		assertThat(version.item(3).orElseThrow().rule().capPerCycle()).hasValue(0);
	}

	@Test
	void needsOneToTwoHundredItems() {
		assertThat(violations(() -> create(LocalDate.of(2027, 1, 1), List.of())))
			.containsOnly(Map.entry("items", "validation.standard.items.empty"));
		assertThat(violations(() -> create(LocalDate.of(2027, 1, 1), null)))
			.containsOnly(Map.entry("items", "validation.standard.items.empty"));
		var tooMany = IntStream.rangeClosed(1, 201).mapToObj(c -> perOccurrence(c, 1)).toList();
		assertThat(violations(() -> create(LocalDate.of(2027, 1, 1), tooMany)))
			.containsOnly(Map.entry("items", "validation.standard.items.too-many"));
		var most = IntStream.rangeClosed(1, 200).mapToObj(c -> perOccurrence(c, 1)).toList();
		assertThat(create(LocalDate.of(2027, 1, 1), most).items()).hasSize(200);
	}

	@Test
	void needsAnEffectiveDateAfterTheLatestVersion() {
		assertThat(violations(() -> create(null, List.of(perOccurrence(1, 5)))))
			.containsOnly(Map.entry("effectiveFrom", "validation.required"));
		assertThat(violations(() -> create(FIRST.minusDays(1), List.of(perOccurrence(1, 5)))))
			.containsOnly(Map.entry("effectiveFrom", "validation.standard.effective-after"));
		assertThat(create(FIRST.plusDays(1), List.of(perOccurrence(1, 5))).effectiveFrom())
			.isEqualTo(FIRST.plusDays(1));
	}

	@Test
	void refusesASecondVersionOnTheSameDayAsAConflict() {
		assertThatThrownBy(() -> create(FIRST, List.of(perOccurrence(1, 5)))).isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void refusesAnOverlongName() {
		assertThat(violations(() -> StandardVersion.create(7,
				new NewVersion(LocalDate.of(2027, 1, 1), "名".repeat(201), List.of(perOccurrence(1, 5))), EXISTING,
				"默认", "office", NOW)))
			.containsOnly(Map.entry("name", "validation.too-long"));
	}

	@Test
	void copiesAVersionAsTheDraftOfTheNext() {
		var version = create(LocalDate.of(2027, 1, 1), List.of(perOccurrence(1, 5), bySatisfaction(3, 6, 5, 0),
				new Item(9, "DELIBERATION", "联署", new RuleSpec("PER_OCCURRENCE", 3, null, 9))));
		var copy = NewVersion.copyOf(version, LocalDate.of(2028, 1, 1), null);
		var existing = List.of(EXISTING.get(0), version.summary());
		var next = StandardVersion.create(7, copy, existing, "第三版", "office", NOW);
		assertThat(next.number()).isEqualTo(3);
		assertThat(next.items()).isEqualTo(version.items());
	}
}
