package it.sportello.identity.web;

import it.sportello.identity.Role;
import it.sportello.identity.users.NewStaffUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The administrator's "new user" form (and the body of {@code POST /api/v1/users}). */
record UserForm(
		@NotBlank(message = "{identity.validation.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}",
				message = "{identity.user.username-invalid}") @Nullable String username,
		@NotBlank(message = "{identity.validation.required}") @Size(max = 120,
				message = "{identity.validation.too-long}") @Nullable String displayName,
		@NotNull(message = "{identity.validation.required}") @Nullable Role role,
		@Size(max = 16, message = "{identity.validation.too-long}") @Nullable String departmentCode,
		@Size(max = 32, message = "{identity.validation.too-long}") @Nullable String officeCode,
		@NotBlank(message = "{identity.validation.required}") @Size(min = 10, max = 64,
				message = "{identity.validation.password-length}") @Nullable String password) {

	static UserForm empty() {
		return new UserForm(null, null, null, null, null, null);
	}

	/** Call only after validation: the required fields are then present. */
	@SuppressWarnings("NullAway")
	NewStaffUser toParameters() {
		return new NewStaffUser(username, displayName, role, departmentCode, officeCode, password);
	}

	@Override
	public String toString() {
		return "UserForm[" + username + ", " + role + "]";
	}

}
