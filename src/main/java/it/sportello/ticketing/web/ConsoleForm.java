package it.sportello.ticketing.web;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.shared.Channel;
import it.sportello.ticketing.OpenTicket;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The first-level console's "new ticket" form: the caller and the request, as typed during the call, and
 * the opening key drawn when the form was shown (see {@link ConsoleController}).
 */
record ConsoleForm(@Size(max = 36) @Nullable String openingKey, @Nullable Long citizenId, @Nullable CitizenKind kind,
		@Size(max = 100) @Nullable String firstName, @Size(max = 100) @Nullable String lastName,
		@Size(max = 200) @Nullable String companyName, @Size(max = 16) @Nullable String fiscalCode,
		@Size(max = 30) @Nullable String phone, @Email @Size(max = 200) @Nullable String email,
		@Nullable Channel preferredChannel, @NotNull Channel channel, @NotBlank @Size(max = 40) String categoryCode,
		@NotBlank @Size(max = 200) String subject,
		// No length here: the ticket checks it, counting a line break as one character as the browser's maxlength
		// does (a textarea sends it as CR LF).
		@NotBlank String description) {

	static ConsoleForm empty() {
		return new ConsoleForm(null, null, CitizenKind.PERSON, null, null, null, null, null, null, null, Channel.PHONE,
				"INFORMAZIONI", null, null);
	}

	OpenTicket toCommand() {
		CitizenDetails details = new CitizenDetails(kind, firstName, lastName, companyName, fiscalCode, phone, email,
				preferredChannel);
		return new OpenTicket(channel, categoryCode, subject, description, citizenId, details);
	}

}
