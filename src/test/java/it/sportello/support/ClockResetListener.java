package it.sportello.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the movable clock back to the real time after every test method of every Spring test, so that a test that
 * moved time (to 2036, say) cannot break the next one sharing the context. Registered for all Spring tests in
 * {@code META-INF/spring.factories}; a test that fails half-way resets it too.
 */
public class ClockResetListener implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		// Never starts a context just to reset its clock.
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
		}
	}

}
