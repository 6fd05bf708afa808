package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * Tests read the time from {@link TestClock}, never from the real clock: a test that reads the
 * real clock behaves differently around midnight, a quarter's end or New Year, and cannot move
 * time. The only exceptions are TestClock itself and the tests of the packaged app (*IT), whose
 * application runs as a process of its own on the real clock.
 */
class TestClockUseTests {

	static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			OffsetDateTime.class, ZonedDateTime.class, Year.class, YearMonth.class);

	static final JavaClasses TESTS = new ClassFileImporter().withImportOption(new ImportOption.OnlyIncludeTests())
		.importPackages("cn.lvzhi");

	@Test
	void noTestReadsTheRealClock() {
		assertThat(TESTS.contain(TestClockUseTests.class)).isTrue();
		List<String> realClock = TESTS.stream()
			.filter(type -> !exempt(type))
			.flatMap(type -> type.getMethodCallsFromSelf().stream())
			.filter(TestClockUseTests::readsTheRealClock)
			.map(JavaMethodCall::getDescription)
			.toList();
		assertThat(realClock).as("calls that read the real clock instead of TestClock").isEmpty();
	}

	@Test
	void theCheckSeesAReadOfTheRealClock() {
		JavaClass sample = new ClassFileImporter().importClass(Sample.class);
		assertThat(sample.getMethodCallsFromSelf()).anyMatch(TestClockUseTests::readsTheRealClock);
	}

	static boolean exempt(JavaClass type) {
		String top = type.getName().replaceFirst("\\$.*", "");
		return top.equals(TestClock.class.getName()) || top.endsWith("IT") || top.equals(TestClockUseTests.class.getName());
	}

	/** {@code now()} or {@code now(ZoneId)} of a date-time type, or the system clock itself. */
	static boolean readsTheRealClock(JavaMethodCall call) {
		var target = call.getTarget();
		var owner = target.getOwner();
		if (owner.isEquivalentTo(Clock.class)) {
			return target.getName().startsWith("system");
		}
		return target.getName().equals("now") && TIME_TYPES.stream().anyMatch(owner::isEquivalentTo)
				&& target.getRawParameterTypes().stream().noneMatch(p -> p.isAssignableTo(Clock.class));
	}

	static class Sample {

		LocalDate today() {
			return LocalDate.now();
		}
	}
}
