package it.sportello.ticketing.web;

import java.util.List;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.shared.Channel;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.OpenTicket;
import it.sportello.ticketing.QuotedItem;
import it.sportello.ticketing.internal.Contact;
import it.sportello.ticketing.internal.ContactOutcome;
import it.sportello.ticketing.internal.ContactPurpose;
import it.sportello.ticketing.internal.PutCallThrough;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The request bodies of the ticket API: records with Bean Validation, converted to domain parameters. */
final class TicketRequests {

	private TicketRequests() {
	}

	record CitizenRequest(@Nullable CitizenKind kind, @Size(max = 100) @Nullable String firstName,
			@Size(max = 100) @Nullable String lastName, @Size(max = 200) @Nullable String companyName,
			@Size(max = 16) @Nullable String fiscalCode, @Size(max = 30) @Nullable String phone,
			@Email @Size(max = 200) @Nullable String email, @Nullable Channel preferredChannel) {

		CitizenDetails toDetails() {
			return new CitizenDetails(kind, firstName, lastName, companyName, fiscalCode, phone, email,
					preferredChannel);
		}

	}

	record CreateTicket(@NotNull Channel channel, @NotBlank @Size(max = 40) String categoryCode,
			@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 4000) String description,
			@Nullable Long citizenId, @Valid @Nullable CitizenRequest citizen) {

		OpenTicket toCommand() {
			return new OpenTicket(channel, categoryCode, subject, description, citizenId,
					citizen == null ? null : citizen.toDetails());
		}

	}

	record Escalation(@NotNull Level target, @Size(max = 16) @Nullable String departmentCode,
			@NotBlank @Size(max = 4000) String note) {
	}

	record Assignment(@NotBlank @Size(max = 16) String departmentCode, @Size(max = 4000) @Nullable String note) {
	}

	record Reminder(@Size(max = 4000) @Nullable String note) {
	}

	record Relay(@NotBlank @Size(max = 4000) String answer) {
	}

	record ContactRecord(@NotNull Channel channel, @NotNull ContactPurpose purpose, @NotNull ContactOutcome outcome,
			@Size(max = 4000) @Nullable String note) {

		Contact toContact() {
			return new Contact(channel, purpose, outcome);
		}

	}

	record Waiting(@Size(max = 4000) @Nullable String note) {
	}

	/** Where the call went: a free-text destination, or a person or office of the directory (S-TT7). */
	record Forwarding(@Size(max = 300) @Nullable String destination, @Size(max = 16) @Nullable String employeeId,
			@Size(max = 32) @Nullable String officeCode, @Size(max = 4000) @Nullable String note) {

		PutCallThrough.Destination toDestination() {
			return new PutCallThrough.Destination(destination, employeeId, officeCode);
		}

	}

	record Closure(@NotBlank @Size(max = 4000) String resolution, @Nullable Boolean commonInterest,
			@Valid @Size(max = 20) @Nullable List<@NotNull QuotedItemRequest> quotedItems) {

		boolean ofCommonInterest() {
			return Boolean.TRUE.equals(commonInterest);
		}

		List<QuotedItem> quoted() {
			return quotedItems == null ? List.of() : quotedItems.stream().map(QuotedItemRequest::toItem).toList();
		}

	}

	/** A knowledge item the answer quoted: its kind (upper case, e.g. SHEET), its identifier and its version. */
	record QuotedItemRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String itemType,
			@NotBlank @Size(max = QuotedItem.MAX_ID) String itemId, @NotNull @Min(1) Integer version) {

		QuotedItem toItem() {
			return new QuotedItem(itemType, itemId, version);
		}

	}

	record Reopening(@NotBlank @Size(max = 4000) String reason) {
	}

	record ClarificationQuestion(@NotBlank @Size(max = 4000) String question) {
	}

	record ClarificationAnswer(@NotBlank @Size(max = 4000) String answer) {
	}

	record Return(@NotBlank @Size(max = 4000) String reason) {
	}

	record Note(@NotBlank @Size(max = 4000) String note) {
	}

}
