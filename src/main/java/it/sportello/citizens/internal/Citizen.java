package it.sportello.citizens.internal;

import java.time.Instant;
import java.util.Objects;

import it.sportello.citizens.CitizenKind;
import it.sportello.citizens.CitizenView;
import it.sportello.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One citizen, company or organisation the contact center has talked to (anagrafica). Never leaves the
 * module: others see {@link CitizenView}. Known data is only completed by what a later caller says, never
 * overwritten, because a caller's word does not prove they are the same person; contact details are replaced only
 * when an operator corrects them on purpose ({@link #correctContacts}).
 */
@Entity
@Table(name = "citizen")
class Citizen {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CitizenKind kind;

	@Column(length = 100)
	private @Nullable String firstName;

	@Column(length = 100)
	private @Nullable String lastName;

	@Column(length = 200)
	private @Nullable String companyName;

	@Column(length = 16, unique = true)
	private @Nullable String fiscalCode;

	@Column(length = 20)
	private @Nullable String phone;

	@Column(length = 254)
	private @Nullable String email;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable Channel preferredChannel;

	/** Folded words of the names (see {@link SearchText#column}), for accent-insensitive prefix look-up. */
	@Column(nullable = false, length = 1000)
	private String searchName;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Citizen() {
		// for JPA
	}

	private Citizen(ValidatedDetails details, Instant now) {
		this.kind = details.kind();
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.companyName = details.companyName();
		this.fiscalCode = details.fiscalCode();
		this.phone = details.phone();
		this.email = details.email();
		this.preferredChannel = details.preferredChannel();
		this.searchName = SearchText.column(firstName, lastName, companyName);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A new record; the caller has checked that the details name the citizen. */
	static Citizen register(ValidatedDetails details, Instant now) {
		if (!details.hasName()) {
			throw new IllegalArgumentException("a citizen needs a name");
		}
		return new Citizen(details, now);
	}

	/**
	 * Whether the details describe someone else than this record, although they share a phone or an
	 * e-mail (a family's home phone, an office mailbox): a different fiscal code or a different name.
	 */
	boolean isSomeoneElseThan(ValidatedDetails details) {
		return differs(fiscalCode, details.fiscalCode()) || differs(lastName, details.lastName())
				|| differs(firstName, details.firstName()) || differs(companyName, details.companyName());
	}

	/**
	 * Fills what the record lacked. The preferred channel is the one exception that follows the latest
	 * call, because it is a wish the citizen states each time rather than a fact about them.
	 *
	 * @return whether anything changed
	 */
	boolean complete(ValidatedDetails details, Instant now) {
		boolean changed = false;
		if (fiscalCode == null && details.fiscalCode() != null) {
			fiscalCode = details.fiscalCode();
			changed = true;
		}
		if (phone == null && details.phone() != null) {
			phone = details.phone();
			changed = true;
		}
		if (email == null && details.email() != null) {
			email = details.email();
			changed = true;
		}
		if (firstName == null && details.firstName() != null) {
			firstName = details.firstName();
			changed = true;
		}
		if (lastName == null && details.lastName() != null) {
			lastName = details.lastName();
			changed = true;
		}
		if (companyName == null && details.companyName() != null) {
			companyName = details.companyName();
			changed = true;
		}
		if (details.preferredChannel() != null && details.preferredChannel() != preferredChannel) {
			preferredChannel = details.preferredChannel();
			changed = true;
		}
		if (changed) {
			searchName = SearchText.column(firstName, lastName, companyName);
			updatedAt = now;
		}
		return changed;
	}

	/**
	 * The contact details the citizen gives now, replacing the old ones (already validated).
	 *
	 * @return whether anything changed
	 */
	boolean correctContacts(@Nullable String newPhone, @Nullable String newEmail, @Nullable Channel newChannel,
			Instant now) {
		if (Objects.equals(phone, newPhone) && Objects.equals(email, newEmail) && preferredChannel == newChannel) {
			return false;
		}
		phone = newPhone;
		email = newEmail;
		preferredChannel = newChannel;
		updatedAt = now;
		return true;
	}

	String displayName() {
		return displayName(kind, firstName, lastName, companyName);
	}

	/** The name lists show: the company's for a company, else first and last name. */
	static String displayName(@Nullable CitizenKind kind, @Nullable String firstName, @Nullable String lastName,
			@Nullable String companyName) {
		String person = (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
		if (kind == CitizenKind.COMPANY && companyName != null) {
			return companyName;
		}
		return person.isBlank() ? Objects.requireNonNullElse(companyName, "") : person.strip();
	}

	CitizenView toView() {
		return new CitizenView(id(), kind, displayName(), firstName, lastName, companyName, fiscalCode, phone, email,
				preferredChannel);
	}

	long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	/**
	 * Whether the text is this citizen's fiscal code, phone or e-mail, however typed (spaces, case,
	 * national or international phone format).
	 */
	boolean isIdentifiedBy(String proof) {
		String text = proof.strip();
		if (fiscalCode != null && fiscalCode.equals(it.sportello.citizens.FiscalCode.normalize(text))) {
			return true;
		}
		if (email != null && email.equalsIgnoreCase(text)) {
			return true;
		}
		return phone != null && it.sportello.citizens.PhoneNumber.tryParse(text)
			.map(it.sportello.citizens.PhoneNumber::e164)
			.filter(phone::equals)
			.isPresent();
	}

	@Nullable String fiscalCode() {
		return fiscalCode;
	}

	private static boolean differs(@Nullable String known, @Nullable String given) {
		return known != null && given != null && !SearchText.fold(known).equals(SearchText.fold(given));
	}

}
