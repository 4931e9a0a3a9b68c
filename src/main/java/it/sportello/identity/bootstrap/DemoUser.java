package it.sportello.identity.bootstrap;

import it.sportello.identity.Role;
import org.jspecify.annotations.Nullable;

/** A demo account; its password is its user name. */
record DemoUser(String username, String displayName, Role role, @Nullable String departmentCode,
		@Nullable String officeCode) {
}
