package cn.lvzhi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests can move forward (a lock-out that ends after 15 minutes) without waiting.
 * It follows the real time plus an offset, so time still passes between requests.
 */
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Shanghai");
	}

	/** This clock seen from another zone: the same instant, moved along when this one is advanced. */
	@Override
	public Clock withZone(ZoneId zone) {
		TestClock source = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
