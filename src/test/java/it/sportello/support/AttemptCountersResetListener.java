package it.sportello.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Forgets the failed attempts (logins, tracking guesses) counted in the database after every test method of every
 * Spring test. Every test request comes from 127.0.0.1, so the failures that tests of wrong passwords make on purpose
 * would otherwise add up, across the whole suite, to the per-address limit and lock out the tests that follow.
 * Registered for all Spring tests in {@code META-INF/spring.factories}.
 */
public class AttemptCountersResetListener implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		// Never starts a context just to clear its counters.
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(JdbcTemplate.class)
				.ifAvailable(jdbc -> jdbc.update("delete from attempt_counter"));
		}
	}

}
