package it.sportello.citizens;

import it.sportello.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an operator records about a caller (anagrafica). Every field may be missing except a way to
 * name the citizen: first and last name, or a company name.
 *
 * @param fiscalCode raw text as typed: validated and normalised by {@link Citizens#identify}
 * @param phone raw text as typed: normalised to E.164 (region IT)
 *
 * The constraints make it the request shape of every page and API that takes a caller's details: each format is
 * checked at once, with the field named.
 */
public record CitizenDetails(@Nullable CitizenKind kind, @Size(max = 100) @Nullable String firstName,
		@Size(max = 100) @Nullable String lastName, @Size(max = 200) @Nullable String companyName,
		@ValidFiscalCode @Nullable String fiscalCode, @ValidPhoneNumber @Nullable String phone,
		@Email @Size(max = 254) @Nullable String email, @Nullable Channel preferredChannel) {
}
