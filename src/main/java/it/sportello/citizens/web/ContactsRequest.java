package it.sportello.citizens.web;

import it.sportello.citizens.ContactDetails;
import it.sportello.citizens.ValidPhoneNumber;
import it.sportello.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/v1/citizens/{id}/contacts}: the contact details as they are now. */
record ContactsRequest(@ValidPhoneNumber @Nullable String phone,
		@Email(message = "{citizen.email.invalid}") @Size(max = 254) @Nullable String email,
		@Nullable Channel preferredChannel) {

	ContactDetails toContacts() {
		return new ContactDetails(phone, email, preferredChannel);
	}

}
