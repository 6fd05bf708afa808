package cn.lvzhi.standard.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.lvzhi.standard.NewVersion;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.StandardVersion;

/**
 * The JSON of the standard, as API.md writes it, for both directions. Categories and kinds are
 * read as text so that an unknown one is a field error (422), not an unreadable request (400).
 */
final class StandardJson {

	private StandardJson() {
	}

	/** A version: what {@code GET /api/v1/standard} answers and {@code POST .../versions} takes. */
	record Version(Integer version, String name, LocalDate effectiveFrom, List<Item> items) {

		static Version of(StandardVersion v) {
			return new Version(v.number(), v.name(), v.effectiveFrom(), v.items().stream().map(Item::of).toList());
		}

		NewVersion toNewVersion() {
			return new NewVersion(effectiveFrom, name,
					items == null ? null : items.stream().map(i -> i == null ? null : i.toSpec()).toList());
		}
	}

	record Item(Integer code,
			@Schema(allowableValues = { "SERVICE", "DELIBERATION", "SUPERVISION", "EXEMPLARY" }) String category,
			String title, RuleJson rule) {

		static Item of(StandardItem item) {
			return new Item(item.code(), item.category().name(), item.title(), RuleJson.of(item.rule()));
		}

		NewVersion.Item toSpec() {
			return new NewVersion.Item(code, category, title, rule == null ? null : rule.toSpec());
		}
	}

	/** {@code points} only for PER_OCCURRENCE, {@code tiers} only for BY_SATISFACTION, {@code capPerCycle} only when set. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RuleJson(@Schema(allowableValues = { "PER_OCCURRENCE", "BY_SATISFACTION" }) String kind,
			@Nullable Integer points, @Nullable TiersJson tiers, @Nullable Integer capPerCycle) {

		static RuleJson of(Rule rule) {
			Integer cap = rule.capPerCycle().isPresent() ? rule.capPerCycle().getAsInt() : null;
			if (rule instanceof Rule.BySatisfaction s) {
				return new RuleJson(rule.kind().name(), null, new TiersJson(s.tiers().verySatisfied(),
						s.tiers().basicallySatisfied(), s.tiers().dissatisfied()), cap);
			}
			return new RuleJson(rule.kind().name(), ((Rule.PerOccurrence) rule).points(), null, cap);
		}

		NewVersion.RuleSpec toSpec() {
			return new NewVersion.RuleSpec(kind, points,
					tiers == null ? null
							: new NewVersion.TierSpec(tiers.verySatisfied(), tiers.basicallySatisfied(),
									tiers.dissatisfied()),
					capPerCycle);
		}
	}

	record TiersJson(@JsonProperty("VERY_SATISFIED") Integer verySatisfied,
			@JsonProperty("BASICALLY_SATISFIED") Integer basicallySatisfied,
			@JsonProperty("DISSATISFIED") Integer dissatisfied) {
	}

	/** A row of the list of versions. */
	record Summary(int version, String name, LocalDate effectiveFrom, int itemCount) {

		static Summary of(StandardVersion.Summary s) {
			return new Summary(s.number(), s.name(), s.effectiveFrom(), s.itemCount());
		}
	}
}
