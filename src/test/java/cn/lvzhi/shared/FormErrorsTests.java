package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** How a domain validation's violations land on a form (FormErrors). */
class FormErrorsTests {

	MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(Map.of("title", "", "participantIds", "")),
			"form");

	static Problem.Invalid invalid(Problem.FieldViolation... violations) {
		return new Problem.Invalid("problem.invalid", List.of(violations), List.of());
	}

	@Test
	void aViolationStandsBesideItsFieldAndAnIndexedOneBesideItsList() {
		FormErrors.reject(invalid(new Problem.FieldViolation("title", "title.blank"),
				new Problem.FieldViolation("participantIds[3]", "participant.unknown", 3)), errors,
				Set.of("title", "participantIds"));
		assertThat(errors.getFieldError("title").getCode()).isEqualTo("title.blank");
		assertThat(errors.getFieldError("participantIds").getCode()).isEqualTo("participant.unknown");
		assertThat(errors.getFieldError("participantIds").getArguments()).containsExactly(3);
		assertThat(errors.getGlobalErrors()).isEmpty();
	}

	@Test
	void onlyTheFirstViolationOfAFieldIsShownBesideIt() {
		FormErrors.reject(invalid(new Problem.FieldViolation("participantIds[0]", "participant.unknown"),
				new Problem.FieldViolation("participantIds[1]", "participant.inactive")), errors, Set.of("participantIds"));
		assertThat(errors.getFieldErrors("participantIds")).extracting(e -> e.getCode())
			.containsExactly("participant.unknown");
	}

	@Test
	void aFieldTheFormLacksAndAProblemWithoutFieldsBecomeErrorsOfTheWholeForm() {
		FormErrors.reject(invalid(new Problem.FieldViolation("handlingUnits[0].role", "unit.role")), errors,
				Set.of("title"));
		FormErrors.reject(invalid(), errors, Set.of("title"));
		assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("unit.role", "problem.invalid");
		assertThat(errors.getFieldErrorCount()).isZero();
	}

	@Test
	void aFieldIsRenamedAsTheFormCallsIt() {
		FormErrors.reject(invalid(new Problem.FieldViolation("amendment.points", "points.range")), errors,
				Set.of("title"), field -> field.equals("amendment.points") ? "title" : field);
		assertThat(errors.getFieldError("title").getCode()).isEqualTo("points.range");
	}
}
