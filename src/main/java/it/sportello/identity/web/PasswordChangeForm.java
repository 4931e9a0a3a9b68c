package it.sportello.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A user changing their own password on the profile page. */
record PasswordChangeForm(@NotBlank(message = "{identity.validation.required}") @Nullable String currentPassword,
		@NotBlank(message = "{identity.validation.required}") @Size(min = 10, max = 64,
				message = "{identity.validation.password-length}") @Nullable String newPassword,
		@Nullable String passwordConfirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

	/** Checked by the controller, which reports a mismatch on the confirmation field. */
	boolean passwordsMatch() {
		return newPassword == null || newPassword.equals(passwordConfirmation);
	}

	@Override
	public String toString() {
		return "PasswordChangeForm[***]";
	}

}
