package cn.lvzhi.standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * A version of a district's points standard. Created whole and never changed: a change to the
 * standard is a new version with a later effective-from date.
 */
public final class StandardVersion {

	public static final int MAX_ITEMS = 200;

	public static final int MAX_TITLE = 300;

	public static final int MAX_NAME = 200;

	public static final int MAX_POINTS = 1000;

	private final Long id;

	private final long districtId;

	private final int number;

	private final String name;

	private final LocalDate effectiveFrom;

	private final List<StandardItem> items;

	private final String createdBy;

	private final Instant createdAt;

	/** A version as stored; {@link #create} is the way to make a new one. */
	public StandardVersion(Long id, long districtId, int number, String name, LocalDate effectiveFrom,
			List<StandardItem> items, String createdBy, Instant createdAt) {
		this.id = id;
		this.districtId = districtId;
		this.number = number;
		this.name = Objects.requireNonNull(name, "name");
		this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		this.items = List.copyOf(items);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** What the list of versions shows, and what a new version is checked against. */
	public record Summary(int number, String name, LocalDate effectiveFrom, int itemCount) {
	}

	/** The number the next version of a district gets. */
	public static int nextNumber(List<Summary> existing) {
		return existing.stream().mapToInt(Summary::number).max().orElse(0) + 1;
	}

	/**
	 * Validates {@code draft} against the versions that exist and makes it the next version.
	 * @param fallbackName the name when the draft has none
	 * @throws Problem.Invalid with a field error for each mistake ({@code items[3].rule.points})
	 * @throws Problem.Conflict when a version already takes effect on the same day
	 */
	public static StandardVersion create(long districtId, NewVersion draft, List<Summary> existing,
			String fallbackName, String createdBy, Instant createdAt) {
		var violations = new ArrayList<FieldViolation>();
		LocalDate effectiveFrom = draft.effectiveFrom();
		if (effectiveFrom == null) {
			violations.add(new FieldViolation("effectiveFrom", "validation.required"));
		}
		String name = draft.name() == null || draft.name().isBlank() ? fallbackName : draft.name().strip();
		if (name == null || name.isBlank()) {
			violations.add(new FieldViolation("name", "validation.required"));
		}
		else if (name.length() > MAX_NAME) {
			violations.add(new FieldViolation("name", "validation.too-long", MAX_NAME));
		}
		List<StandardItem> items = items(draft.items(), violations);
		if (violations.isEmpty()) {
			if (existing.stream().anyMatch(v -> v.effectiveFrom().equals(effectiveFrom))) {
				throw new Problem.Conflict("problem.standard.effective-taken", effectiveFrom);
			}
			Optional<LocalDate> latest = existing.stream().map(Summary::effectiveFrom).max(LocalDate::compareTo);
			if (latest.isPresent() && !effectiveFrom.isAfter(latest.get())) {
				violations.add(new FieldViolation("effectiveFrom", "validation.standard.effective-after", latest.get()));
			}
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		return new StandardVersion(null, districtId, nextNumber(existing), name, effectiveFrom, items, createdBy,
				createdAt);
	}

	private static List<StandardItem> items(List<NewVersion.Item> drafts, List<FieldViolation> violations) {
		if (drafts == null || drafts.isEmpty()) {
			violations.add(new FieldViolation("items", "validation.standard.items.empty"));
			return List.of();
		}
		if (drafts.size() > MAX_ITEMS) {
			violations.add(new FieldViolation("items", "validation.standard.items.too-many", MAX_ITEMS));
			return List.of();
		}
		var items = new ArrayList<StandardItem>();
		Set<Integer> codes = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			String at = "items[" + i + "]";
			NewVersion.Item draft = drafts.get(i);
			if (draft == null) {
				violations.add(new FieldViolation(at, "validation.required"));
				continue;
			}
			int before = violations.size();
			if (draft.code() == null) {
				violations.add(new FieldViolation(at + ".code", "validation.required"));
			}
			else if (draft.code() <= 0) {
				violations.add(new FieldViolation(at + ".code", "validation.standard.code.positive"));
			}
			else if (!codes.add(draft.code())) {
				violations.add(new FieldViolation(at + ".code", "validation.standard.code.duplicate", draft.code()));
			}
			Category category = null;
			if (draft.category() == null || draft.category().isBlank()) {
				violations.add(new FieldViolation(at + ".category", "validation.required"));
			}
			else {
				category = enumOf(Category.class, draft.category());
				if (category == null) {
					violations.add(new FieldViolation(at + ".category", "validation.standard.category.unknown"));
				}
			}
			String title = draft.title() == null ? "" : draft.title().strip();
			if (title.isEmpty()) {
				violations.add(new FieldViolation(at + ".title", "validation.required"));
			}
			else if (title.length() > MAX_TITLE) {
				violations.add(new FieldViolation(at + ".title", "validation.too-long", MAX_TITLE));
			}
			Rule rule = rule(at + ".rule", draft.rule(), violations);
			if (violations.size() == before) {
				items.add(new StandardItem(draft.code(), category, title, rule));
			}
		}
		return items;
	}

	private static Rule rule(String at, NewVersion.RuleSpec spec, List<FieldViolation> violations) {
		if (spec == null) {
			violations.add(new FieldViolation(at, "validation.required"));
			return null;
		}
		Integer cap = spec.capPerCycle();
		if (cap != null && cap < 0) {
			violations.add(new FieldViolation(at + ".capPerCycle", "validation.standard.cap.min"));
		}
		if (spec.kind() == null || spec.kind().isBlank()) {
			violations.add(new FieldViolation(at + ".kind", "validation.required"));
			return null;
		}
		Rule.Kind kind = enumOf(Rule.Kind.class, spec.kind());
		if (kind == null) {
			violations.add(new FieldViolation(at + ".kind", "validation.standard.kind.unknown"));
			return null;
		}
		return switch (kind) {
			case PER_OCCURRENCE -> {
				Integer points = points(at + ".points", spec.points(), violations);
				yield points == null ? null : new Rule.PerOccurrence(points, cap);
			}
			case BY_SATISFACTION -> {
				NewVersion.TierSpec tiers = spec.tiers();
				if (tiers == null) {
					violations.add(new FieldViolation(at + ".tiers", "validation.standard.tiers.required"));
					yield null;
				}
				Integer very = points(at + ".tiers.VERY_SATISFIED", tiers.verySatisfied(), violations);
				Integer basically = points(at + ".tiers.BASICALLY_SATISFIED", tiers.basicallySatisfied(), violations);
				Integer dissatisfied = points(at + ".tiers.DISSATISFIED", tiers.dissatisfied(), violations);
				yield very == null || basically == null || dissatisfied == null ? null
						: new Rule.BySatisfaction(new Tiers(very, basically, dissatisfied), cap);
			}
		};
	}

	private static Integer points(String field, Integer points, List<FieldViolation> violations) {
		if (points == null) {
			violations.add(new FieldViolation(field, "validation.required"));
			return null;
		}
		if (points < 0 || points > MAX_POINTS) {
			violations.add(new FieldViolation(field, "validation.standard.points.range", "0", String.valueOf(MAX_POINTS)));
			return null;
		}
		return points;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The item with this code, if the version has one. */
	public Optional<StandardItem> item(int code) {
		return items.stream().filter(i -> i.code() == code).findFirst();
	}

	/** The items of one category, in the order of the version. */
	public List<StandardItem> items(Category category) {
		return items.stream().filter(i -> i.category() == category).toList();
	}

	public Summary summary() {
		return new Summary(number, name, effectiveFrom, items.size());
	}

	StandardVersion withId(long id) {
		return new StandardVersion(id, districtId, number, name, effectiveFrom, items, createdBy, createdAt);
	}

	public Optional<Long> id() {
		return Optional.ofNullable(id);
	}

	public long districtId() {
		return districtId;
	}

	public int number() {
		return number;
	}

	public String name() {
		return name;
	}

	public LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	public List<StandardItem> items() {
		return items;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Override
	public String toString() {
		return "StandardVersion[" + districtId + "/" + number + " from " + effectiveFrom + "]";
	}
}
