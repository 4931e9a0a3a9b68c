package it.sportello.citizens;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's contact details as they are now, to correct the record: a new phone number, another e-mail, a
 * different preferred channel. A blank value removes it. Names and the fiscal code identify the citizen and are
 * not corrected this way.
 *
 * @param phone raw text as typed: normalised to E.164 (region IT)
 *
 * The constraints make it the request shape of the API and the pages that correct contact details.
 */
public record ContactDetails(@ValidPhoneNumber @Nullable String phone, @Email @Size(max = 254) @Nullable String email,
		@Nullable Channel preferredChannel) {

	/**
	 * Who corrects contact details ({@link Citizens#correctContacts}): the desks that talk to citizens and the
	 * administrator. Pages ask it to offer the form only to them.
	 */
	public static boolean mayBeCorrectedBy(StaffMember by) {
		return by.is(Role.FIRST_LEVEL, Role.BACK_OFFICE, Role.ADMIN);
	}

}
