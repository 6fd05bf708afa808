package cn.lvzhi.evaluation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Problem;

/** What the evaluation pages share: times in the district's zone, texts, and domain problems shown next to fields. */
@Component
class CasePages {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Districts districts;

	private final MessageSource messages;

	CasePages(Districts districts, MessageSource messages) {
		this.districts = districts;
		this.messages = messages;
	}

	ZoneId zone(long districtId) {
		return districts.of(districtId).timeZone();
	}

	String time(Instant at, long districtId) {
		return at == null ? null : MINUTES.format(at.atZone(zone(districtId)));
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String text(Problem problem) {
		if (problem instanceof Problem.Invalid invalid && !invalid.fields().isEmpty()) {
			return String.join(";", invalid.fields().stream().map(f -> text(f.messageKey(), f.args())).toList());
		}
		return text(problem.messageKey(), problem.args());
	}

	/**
	 * The field errors of a domain validation next to the form's fields, renamed where the form
	 * calls them otherwise ({@code amendment.points} is {@code amendmentPoints}); others become
	 * an error of the whole form.
	 */
	void reject(Problem.Invalid invalid, BindingResult errors, Map<String, String> renamed, Set<String> fields) {
		for (Problem.FieldViolation v : invalid.fields()) {
			String field = renamed.getOrDefault(v.field(), v.field());
			if (fields.contains(field)) {
				if (errors.getFieldErrorCount(field) == 0) {
					errors.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
				}
			}
			else {
				errors.reject(v.messageKey(), v.args(), v.messageKey());
			}
		}
	}
}
