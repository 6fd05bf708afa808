package cn.lvzhi.shared;

import java.util.Collection;
import java.util.function.UnaryOperator;

import org.springframework.validation.Errors;

/**
 * A domain validation ({@link Problem.Invalid}) shown on the form that caused it: each violation
 * beside the form's field of that name (an indexed one, {@code participantIds[3]} or
 * {@code handlingUnits[0].role}, beside its list), the first per field only; a violation of a field
 * the form does not have, or a problem without fields, as an error of the whole form. So a form
 * never fails on a field name it lacks, and no message is lost.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** The violations beside the form's {@code fields}, by the name before any index. */
	public static void reject(Problem.Invalid invalid, Errors errors, Collection<String> fields) {
		reject(invalid, errors, fields, FormErrors::listOf);
	}

	/**
	 * The violations beside the form's {@code fields}, each field named as {@code formField} calls
	 * it ({@code amendment.points} is the form's {@code amendmentPoints}).
	 */
	public static void reject(Problem.Invalid invalid, Errors errors, Collection<String> fields,
			UnaryOperator<String> formField) {
		for (Problem.FieldViolation v : invalid.fields()) {
			String field = formField.apply(v.field());
			if (!fields.contains(field)) {
				errors.reject(v.messageKey(), v.args(), v.messageKey());
			}
			else if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
			}
		}
		if (invalid.fields().isEmpty()) {
			errors.reject(invalid.messageKey(), invalid.args(), invalid.messageKey());
		}
	}

	/** {@code participantIds[3]} and {@code handlingUnits[0].role} as their lists' names. */
	static String listOf(String field) {
		int bracket = field.indexOf('[');
		return bracket < 0 ? field : field.substring(0, bracket);
	}
}
