package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of problem carries the HTTP status that pages and the API answer it with. */
class ProblemTests {

	@Test
	void eachKindOfProblemCarriesItsHttpStatus() {
		assertThat(new Problem.NotFound("k").status()).isEqualTo(404);
		assertThat(new Problem.Forbidden("k").status()).isEqualTo(403);
		assertThat(new Problem.Conflict("k").status()).isEqualTo(409);
		assertThat(Problem.Invalid.field("title", "validation.required").status()).isEqualTo(422);
		assertThat(new Problem.TooLarge("k").status()).isEqualTo(413);
		assertThat(new Problem.UnsupportedType("k").status()).isEqualTo(415);
	}
}
