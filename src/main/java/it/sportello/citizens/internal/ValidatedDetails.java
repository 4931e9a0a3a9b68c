package it.sportello.citizens.internal;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.ContactDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.citizens.FiscalCode;
import it.sportello.citizens.PhoneNumber;
import it.sportello.shared.Channel;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * {@link CitizenDetails} as typed, checked and put in canonical form: blank means absent, the fiscal
 * code upper case, the phone E.164, the e-mail lower case, names with single spaces.
 */
record ValidatedDetails(CitizenKind kind, @Nullable String firstName, @Nullable String lastName,
		@Nullable String companyName, @Nullable String fiscalCode, @Nullable String phone, @Nullable String email,
		@Nullable Channel preferredChannel) {

	static final int MAX_NAME = 100;

	static final int MAX_COMPANY_NAME = 200;

	/** Contact details alone, checked and put in canonical form like the others. */
	static ValidatedDetails contacts(ContactDetails contacts) {
		return of(new CitizenDetails(null, null, null, null, null, contacts.phone(), contacts.email(),
				contacts.preferredChannel()));
	}

	static ValidatedDetails of(CitizenDetails details) {
		String firstName = name(details.firstName(), "firstName", MAX_NAME);
		String lastName = name(details.lastName(), "lastName", MAX_NAME);
		String companyName = name(details.companyName(), "companyName", MAX_COMPANY_NAME);
		String fiscalCode = isBlank(details.fiscalCode()) ? null : new FiscalCode(details.fiscalCode()).value();
		String phone = isBlank(details.phone()) ? null : PhoneNumber.parse(details.phone()).e164();
		String email = isBlank(details.email()) ? null
				: EmailAddresses.tryParse(details.email())
					.orElseThrow(() -> new InvalidInputException("email", "citizen.email.invalid"));
		return new ValidatedDetails(kind(details.kind(), fiscalCode, firstName, lastName, companyName), firstName,
				lastName, companyName, fiscalCode, phone, email, details.preferredChannel());
	}

	/** A person has a 16-character code; a company usually 11 digits, but a sole trader uses the personal one. */
	private static CitizenKind kind(@Nullable CitizenKind declared, @Nullable String fiscalCode,
			@Nullable String firstName, @Nullable String lastName, @Nullable String companyName) {
		boolean companyCode = fiscalCode != null && fiscalCode.length() == 11;
		if (declared == CitizenKind.PERSON && companyCode) {
			throw new InvalidInputException("fiscalCode", "citizen.fiscal-code.company-for-person");
		}
		if (declared != null) {
			return declared;
		}
		if (companyCode || (companyName != null && (firstName == null || lastName == null))) {
			return CitizenKind.COMPANY;
		}
		return CitizenKind.PERSON;
	}

	/** Enough to name a new record: first and last name, or a company name. */
	boolean hasName() {
		return (firstName != null && lastName != null) || companyName != null;
	}

	boolean hasAnyKey() {
		return fiscalCode != null || phone != null || email != null;
	}

	private static @Nullable String name(@Nullable String raw, String field, int max) {
		if (isBlank(raw)) {
			return null;
		}
		String name = raw.strip().replaceAll("\\s+", " ");
		if (name.length() > max) {
			throw new InvalidInputException(field, "citizen.name.too-long", max);
		}
		return name;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
