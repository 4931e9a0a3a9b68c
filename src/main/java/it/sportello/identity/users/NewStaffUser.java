package it.sportello.identity.users;

import it.sportello.identity.Role;
import org.jspecify.annotations.Nullable;

/** What it takes to create a staff user; the password is in clear and is hashed on creation. */
public record NewStaffUser(String username, String displayName, Role role, @Nullable String departmentCode,
		@Nullable String officeCode, String password) {

	@Override
	public String toString() {
		// Never let the clear password reach a log line.
		return "NewStaffUser[" + username + ", " + role + "]";
	}

}
