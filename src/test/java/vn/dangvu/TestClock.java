package vn.dangvu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.dangvu.platform.time.VietnamTime;

/**
 * The application's clock in tests: the real time until a test moves it to another day
 * (keeping the time of day ticking), and back with {@link #reset()}. Every test that
 * moves it resets it when it ends, since the integration tests share one application
 * context.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private final Clock base;

	private TestClock(Clock base) {
		this.base = base;
	}

	/** From now on "today" in Vietnam is the given day, at the current time of day. */
	public void setToday(LocalDate day) {
		Instant real = this.base.instant();
		LocalTime timeOfDay = LocalTime.ofInstant(real, VietnamTime.ZONE);
		Instant target = day.atTime(timeOfDay).atZone(VietnamTime.ZONE).toInstant();
		this.offset.set(Duration.between(real, target));
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.base.withZone(zone), this.offset.get());
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	/** Replaces the application's clock in the shared test configuration. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Clock.system(VietnamTime.ZONE));
		}

	}

}
