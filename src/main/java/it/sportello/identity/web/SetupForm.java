package it.sportello.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The one-time set-up form that creates the first administrator. */
record SetupForm(@NotBlank(message = "{identity.validation.required}") @Nullable String setupCode,
		@NotBlank(message = "{identity.validation.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}",
				message = "{identity.user.username-invalid}") @Nullable String username,
		@NotBlank(message = "{identity.validation.required}") @Size(max = 120,
				message = "{identity.validation.too-long}") @Nullable String displayName,
		@NotBlank(message = "{identity.validation.required}") @Size(min = 10, max = 64,
				message = "{identity.validation.password-length}") @Nullable String password,
		@Nullable String passwordConfirmation) {

	static SetupForm empty() {
		return new SetupForm(null, null, null, null, null);
	}

	/** Checked by the controller, which reports a mismatch on the confirmation field. */
	boolean passwordsMatch() {
		return password == null || password.equals(passwordConfirmation);
	}

	@Override
	public String toString() {
		return "SetupForm[" + username + "]";
	}

}
