package it.sportello.identity.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The user's own phone extension and e-mail address, on the profile page. */
record ContactsForm(@Size(max = 16, message = "{identity.validation.too-long}") @Nullable String phoneExtension,
		@Size(max = 254, message = "{identity.validation.too-long}") @Nullable String email) {

}
