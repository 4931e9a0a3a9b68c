package it.sportello.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	final MovableClock clock = new MovableClock();

	final LoginThrottle throttle = new LoginThrottle(clock, 5, 50, Duration.ofMinutes(15),
			Duration.ofMinutes(15));

	@Test
	void locksAUserNameForFifteenMinutesAfterFiveFailures() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("mario", "10.0.0.1");
		}
		assertThat(throttle.lockRemaining("mario", "10.0.0.9")).isEmpty();
		throttle.failed("Mario", "10.0.0.1");
		assertThat(throttle.lockRemaining("MARIO", "10.0.0.9")).contains(Duration.ofMinutes(15));
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.lockRemaining("mario", "10.0.0.9")).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("anna", null);
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.failed("anna", null);
		assertThat(throttle.lockRemaining("anna", null)).isEmpty();
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressForEveryUserName() {
		for (int i = 0; i < 50; i++) {
			throttle.failed("utente" + i, "10.0.0.2");
		}
		assertThat(throttle.lockRemaining("innocente", "10.0.0.2")).isPresent();
		assertThat(throttle.lockRemaining("innocente", "10.0.0.3")).isEmpty();
	}

	@Test
	void successClearsTheUserNameCount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("rosa", null);
		}
		throttle.succeeded("rosa");
		throttle.failed("rosa", null);
		assertThat(throttle.lockRemaining("rosa", null)).isEmpty();
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2025-03-03T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Rome");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
