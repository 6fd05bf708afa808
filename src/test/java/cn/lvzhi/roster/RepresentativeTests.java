package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.lvzhi.shared.Problem;

/** The representative aggregate guards its details and the end of its term. */
class RepresentativeTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

	static RepresentativeDetails details(String name, String phone, LocalDate startedOn) {
		return new RepresentativeDetails(name, Gender.MALE, " 某单位 ", "", phone, null, "第三届", 1L, 2L, startedOn);
	}

	static Representative serving() {
		return Representative.register(1, details("张三", "13800138000", LocalDate.of(2024, 1, 1)), TODAY, NOW);
	}

	@Test
	void registersAServingRepresentativeWithCleanedDetails() {
		Representative r = Representative.register(1, details(" 张三 ", "13800138000", null), TODAY, NOW);
		assertThat(r.status()).isEqualTo(RepresentativeStatus.ACTIVE);
		assertThat(r.name()).isEqualTo("张三");
		assertThat(r.organization()).isEqualTo("某单位");
		assertThat(r.position()).isNull();
		assertThat(r.startedOn()).isEqualTo(TODAY);
		assertThat(r.isAttachedTo(1)).isTrue();
		assertThat(r.isAttachedTo(2)).isTrue();
		assertThat(r.isAttachedTo(3)).isFalse();
	}

	@Test
	void refusesAMissingNameABadPhoneAndAStartInTheFuture() {
		assertThatThrownBy(() -> Representative.register(1, details(" ", "138", TODAY.plusDays(1)), TODAY, NOW))
			.isInstanceOfSatisfying(Problem.Invalid.class, invalid -> assertThat(invalid.fields())
				.extracting(Problem.FieldViolation::field)
				.containsExactlyInAnyOrder("name", "phone", "startedOn"));
	}

	@Test
	void acceptsMobileAndLandlineNumbers() {
		for (String phone : new String[] { "13912345678", "0755-25228888", "075525228888", "0755-2522888-123" }) {
			assertThat(details("李四", phone, null).violations()).as(phone).isEmpty();
		}
		for (String phone : new String[] { "12345678901", "1391234567", "+8613912345678", "abc" }) {
			assertThat(details("李四", phone, null).violations()).as(phone)
				.extracting(Problem.FieldViolation::field)
				.containsExactly("phone");
		}
	}

	@Test
	void endsATermWithDateAndReason() {
		Representative r = serving();
		r.end(TODAY, " 换届 ", TODAY, NOW);
		assertThat(r.status()).isEqualTo(RepresentativeStatus.ENDED);
		assertThat(r.endedOn()).contains(TODAY);
		assertThat(r.endReason()).contains("换届");
		assertThat(r.isActive()).isFalse();
	}

	@Test
	void refusesToEndATermTwice() {
		Representative r = serving();
		r.end(TODAY, "换届", TODAY, NOW);
		assertThatThrownBy(() -> r.end(TODAY, "再次", TODAY, NOW)).isInstanceOf(Problem.Conflict.class);
		assertThat(r.endReason()).contains("换届");
	}

	@Test
	void refusesAnEndBeforeTheStartOrInTheFutureOrWithoutReason() {
		Representative r = serving();
		assertThatThrownBy(() -> r.end(LocalDate.of(2023, 12, 31), "换届", TODAY, NOW))
			.isInstanceOfSatisfying(Problem.Invalid.class,
					i -> assertThat(i.fields().get(0).messageKey()).isEqualTo("roster.validation.ended-before-start"));
		assertThatThrownBy(() -> r.end(TODAY.plusDays(1), "换届", TODAY, NOW))
			.isInstanceOfSatisfying(Problem.Invalid.class,
					i -> assertThat(i.fields().get(0).messageKey()).isEqualTo("roster.validation.ended-in-future"));
		assertThatThrownBy(() -> r.end(TODAY, " ", TODAY, NOW)).isInstanceOfSatisfying(Problem.Invalid.class,
				i -> assertThat(i.fields().get(0).field()).isEqualTo("reason"));
		assertThat(r.status()).isEqualTo(RepresentativeStatus.ACTIVE);
	}

	@Test
	void endsATermOnItsFirstDay() {
		Representative r = Representative.register(1, details("王五", null, TODAY), TODAY, NOW);
		r.end(TODAY, "当选后调离", TODAY, NOW);
		assertThat(r.status()).isEqualTo(RepresentativeStatus.ENDED);
	}

	@Test
	void correctsDetailsAfterTheTermEndedButNotTheStartPastTheEnd() {
		Representative r = serving();
		r.end(LocalDate.of(2025, 1, 1), "换届", TODAY, NOW);
		r.change(details("张三丰", null, null), TODAY, NOW);
		assertThat(r.name()).isEqualTo("张三丰");
		assertThat(r.startedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThatThrownBy(() -> r.change(details("张三丰", null, LocalDate.of(2025, 2, 1)), TODAY, NOW))
			.isInstanceOf(Problem.Invalid.class);
	}

	@Test
	void refusesTheSameWorkstationAsCommunityAndIndustry() {
		var same = new RepresentativeDetails("赵六", null, null, null, null, null, null, 5L, 5L, null);
		assertThatThrownBy(() -> Representative.register(1, same, TODAY, NOW)).isInstanceOf(Problem.Invalid.class);
	}
}
