package it.sportello.identity.bootstrap;

import java.util.Objects;

/** What an operator reads in the log at start-up, read from the code itself by tests of the set-up page. */
public final class SetupCodes {

	private SetupCodes() {
	}

	public static String printed(SetupCode code) {
		return Objects.requireNonNull(code.printed(), "no set-up code is active");
	}

}
