package it.sportello.citizens.web;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.citizens.ValidFiscalCode;
import it.sportello.citizens.ValidPhoneNumber;
import it.sportello.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/citizens}: what a caller said about themselves. */
record CitizenRequest(@Nullable CitizenKind kind, @Size(max = 100) @Nullable String firstName,
		@Size(max = 100) @Nullable String lastName, @Size(max = 200) @Nullable String companyName,
		@ValidFiscalCode @Nullable String fiscalCode, @ValidPhoneNumber @Nullable String phone,
		@Email(message = "{citizen.email.invalid}") @Size(max = 254) @Nullable String email,
		@Nullable Channel preferredChannel) {

	CitizenDetails toDetails() {
		return new CitizenDetails(kind, firstName, lastName, companyName, fiscalCode, phone, email, preferredChannel);
	}

}
