package it.sportello.citizens;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/** A citizen record as other modules and the API see it. {@code phone} is E.164, {@code fiscalCode} upper case. */
public record CitizenView(long id, CitizenKind kind, String displayName, @Nullable String firstName,
		@Nullable String lastName, @Nullable String companyName, @Nullable String fiscalCode, @Nullable String phone,
		@Nullable String email, @Nullable Channel preferredChannel) {
}
