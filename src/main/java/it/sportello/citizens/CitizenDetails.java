package it.sportello.citizens;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What an operator records about a caller (anagrafica). Every field may be missing except a way to
 * name the citizen: first and last name, or a company name.
 *
 * @param fiscalCode raw text as typed: validated and normalised by {@link Citizens#identify}
 * @param phone raw text as typed: normalised to E.164 (region IT)
 */
public record CitizenDetails(@Nullable CitizenKind kind, @Nullable String firstName, @Nullable String lastName,
		@Nullable String companyName, @Nullable String fiscalCode, @Nullable String phone, @Nullable String email,
		@Nullable Channel preferredChannel) {
}
