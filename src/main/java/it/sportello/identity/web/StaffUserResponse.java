package it.sportello.identity.web;

import java.time.Instant;

import it.sportello.identity.Role;
import it.sportello.identity.users.StaffUser;
import org.jspecify.annotations.Nullable;

/** A staff user as the users API shows it (never the password hash). */
record StaffUserResponse(String username, String displayName, Role role, @Nullable String departmentCode,
		@Nullable String officeCode, boolean enabled, Instant createdAt) {

	static StaffUserResponse of(StaffUser user) {
		return new StaffUserResponse(user.username(), user.displayName(), user.role(), user.departmentCode(),
				user.officeCode(), user.isEnabled(), user.createdAt());
	}

}
