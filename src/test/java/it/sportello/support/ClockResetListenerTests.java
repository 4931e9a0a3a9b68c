package it.sportello.support;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock a test moved is the real one again after the test, for every Spring test, without asking. */
class ClockResetListenerTests {

	static final Instant FAR = Instant.parse("2036-01-01T00:00:00Z");

	@Test
	void aClockMovedByATestIsBackToTheRealTimeAfterIt() throws Exception {
		TestContextManager manager = new TestContextManager(MovesTheClock.class);
		MovesTheClock test = new MovesTheClock();
		manager.prepareTestInstance(test);
		MutableClock clock = manager.getTestContext().getApplicationContext().getBean(MutableClock.class);
		clock.set(FAR);

		manager.afterTestMethod(test, MovesTheClock.class.getDeclaredMethod("movesTheClock"), null);

		assertThat(clock.instant()).isBefore(FAR);
	}

	/** A Spring test like any other: nothing in it asks for the reset. */
	@SpringJUnitConfig(TestClockConfiguration.class)
	static class MovesTheClock {

		void movesTheClock() {
		}

	}

}
