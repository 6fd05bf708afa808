package cn.lvzhi.activities.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import cn.lvzhi.activities.CaseworkItem;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.BatchOutcome;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeStatus;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.Rule;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;

/**
 * What the activity pages share: the item picker from the standard in force, the
 * representatives a user may enter records for, times in the district's zone, Chinese texts,
 * and turning a domain problem into field errors or a message.
 */
@Component
class ActivityPageSupport {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Standards standards;

	private final Representatives representatives;

	private final Districts districts;

	private final Activities activities;

	private final MessageSource messages;

	ActivityPageSupport(Standards standards, Representatives representatives, Districts districts,
			Activities activities, MessageSource messages) {
		this.standards = standards;
		this.representatives = representatives;
		this.districts = districts;
		this.activities = activities;
		this.messages = messages;
	}

	/** One category of the standard with its items, for an {@code <optgroup>}. */
	record ItemGroup(Category category, List<Item> items) {
	}

	/** An item as the picker shows it: code, title, rule, and which extra fields it asks for. */
	record Item(int code, String title, String points, boolean bySatisfaction, boolean hours) {
	}

	/** The items of the standard in force on {@code day}, by category in the standard's order. */
	List<ItemGroup> catalogue(long districtId, LocalDate day) {
		return catalogue(districtId, day, true);
	}

	/**
	 * The items somebody may enter directly on {@code day}: the catalogue without those that
	 * only casework creates ({@link CaseworkItem}), for the report and collective forms.
	 */
	List<ItemGroup> entryCatalogue(long districtId, LocalDate day) {
		return catalogue(districtId, day, false);
	}

	private List<ItemGroup> catalogue(long districtId, LocalDate day, boolean withCasework) {
		StandardVersion version = standards.inForce(districtId, day);
		var groups = new ArrayList<ItemGroup>();
		for (Category category : Category.values()) {
			List<Item> items = version.items(category)
				.stream()
				.filter(i -> withCasework || !CaseworkItem.isCaseworkOnly(i.code()))
				.map(this::item)
				.toList();
			if (!items.isEmpty()) {
				groups.add(new ItemGroup(category, items));
			}
		}
		return groups;
	}

	private Item item(StandardItem i) {
		return new Item(i.code(), i.title(), points(i.rule()), i.rule() instanceof Rule.BySatisfaction,
				i.asksForHours());
	}

	/** The points of a rule in words: 每次5分; 非常满意6分/基本满意5分/不满意0分,每个周期最高9分. */
	String points(Rule rule) {
		String points;
		if (rule instanceof Rule.BySatisfaction b) {
			points = text("standard.rule.by-satisfaction", String.valueOf(b.tiers().verySatisfied()),
					String.valueOf(b.tiers().basicallySatisfied()), String.valueOf(b.tiers().dissatisfied()));
		}
		else {
			points = text("standard.rule.per-occurrence", String.valueOf(((Rule.PerOccurrence) rule).points()));
		}
		return rule.capPerCycle().isPresent()
				? points + "," + text("standard.rule.cap", String.valueOf(rule.capPerCycle().getAsInt())) : points;
	}

	/** The item of the standard in force on {@code day}, if there is one. */
	Optional<StandardItem> item(long districtId, int code, LocalDate day) {
		return standards.itemOn(districtId, code, day);
	}

	/**
	 * The serving representatives a user may enter records for: the office all of the district,
	 * staff those of their workstation; empty for anybody else (a representative reports their own).
	 */
	List<Representative> enterableFor(CurrentUser user) {
		if (user.has(Role.OFFICE)) {
			return representatives.all(new cn.lvzhi.roster.RepresentativeFilter(user.districtId(), null,
					RepresentativeStatus.ACTIVE, null));
		}
		if (user.has(Role.WORKSTATION_STAFF) && user.workstationId().isPresent()) {
			return representatives.ofWorkstation(user.workstationId().get())
				.stream()
				.filter(Representative::isActive)
				.toList();
		}
		return List.of();
	}

	LocalDate today(CurrentUser user) {
		return activities.today(user.districtId());
	}

	ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}

	String time(Instant at, ZoneId zone) {
		return MINUTES.format(at.atZone(zone));
	}

	/** One line of a record's history, its time in the district's zone. */
	record HistoryRow(ActivityStatus status, String by, String at, String reason) {
	}

	/** The record's history, oldest first, for its page. */
	List<HistoryRow> history(ActivityRecord record, ZoneId zone) {
		return record.history()
			.stream()
			.map(h -> new HistoryRow(h.status(), h.byUsername(), time(h.at(), zone), h.reason()))
			.toList();
	}

	String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	/** A problem in words; a validation problem by its fields' messages. */
	String text(Problem problem) {
		if (problem instanceof Problem.Invalid invalid && !invalid.fields().isEmpty()) {
			return String.join(";", invalid.fields().stream().map(f -> text(f.messageKey(), f.args())).toList());
		}
		return text(problem.messageKey(), problem.args());
	}

	/**
	 * The field errors of a domain validation next to the form's fields ({@code participantIds[3]}
	 * next to {@code participantIds}); one for a field the form does not have becomes a message
	 * of the whole form.
	 */
	void reject(Problem.Invalid invalid, BindingResult errors, Collection<String> fields) {
		for (Problem.FieldViolation v : invalid.fields()) {
			String field = v.field().replaceAll("\\[\\d+]$", "");
			if (fields.contains(field)) {
				if (errors.getFieldErrorCount(field) == 0) {
					errors.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
				}
			}
			else {
				errors.reject(v.messageKey(), v.args(), v.messageKey());
			}
		}
		if (invalid.fields().isEmpty()) {
			errors.reject(invalid.messageKey(), invalid.args(), invalid.messageKey());
		}
	}

	/** A batch's outcome in words: how many were done, and why each of the others was not. */
	BatchSummary summary(List<BatchOutcome> outcomes) {
		int done = (int) outcomes.stream().filter(BatchOutcome::succeeded).count();
		List<String> failures = outcomes.stream()
			.filter(o -> !o.succeeded())
			.map(o -> text("activities.batch.failure", String.valueOf(o.id()), text(o.problem())))
			.toList();
		return new BatchSummary(done, failures);
	}

	record BatchSummary(int done, List<String> failures) {
	}
}
