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

/**
 * One request per action on a ticket, validated once with Bean Validation and used by both the API (JSON body) and
 * the pages (form fields of the same names): the same limits, and the same messages naming each field.
 */
final class TicketRequests {

	private TicketRequests() {
	}

	/** A new ticket: the API's body, and the console's form (which adds the key of the form shown). */
	record CreateTicket(@NotNull Channel channel, @NotBlank @Size(max = 40) String categoryCode,
			@NotBlank @Size(max = 200) String subject, @NotBlank @TextSize(max = 4000) String description,
			@Nullable Long citizenId, @Valid @Nullable CitizenDetails citizen) {

		static CreateTicket empty() {
			return new CreateTicket(Channel.PHONE, "INFORMAZIONI", "", "", null,
					new CitizenDetails(CitizenKind.PERSON, null, null, null, null, null, null, null));
		}

		OpenTicket toCommand() {
			return new OpenTicket(channel, categoryCode, subject, description, citizenId, citizen);
		}

	}

	record Escalation(@NotNull Level target, @Size(max = 16) @Nullable String departmentCode,
			@NotBlank @TextSize(max = 4000) String note) {
	}

	record Assignment(@NotBlank @Size(max = 16) String departmentCode, @TextSize(max = 4000) @Nullable String note) {
	}

	record Reminder(@TextSize(max = 4000) @Nullable String note) {
	}

	record Relay(@NotBlank @TextSize(max = 4000) String answer) {
	}

	record ContactRecord(@NotNull Channel channel, @NotNull ContactPurpose purpose, @NotNull ContactOutcome outcome,
			@TextSize(max = 4000) @Nullable String note) {

		Contact toContact() {
			return new Contact(channel, purpose, outcome);
		}

	}

	record Waiting(@TextSize(max = 4000) @Nullable String note) {
	}

	/** Where the call went: a free-text destination, or a person or office of the directory (S-TT7). */
	record Forwarding(@Size(max = 300) @Nullable String destination, @Size(max = 16) @Nullable String employeeId,
			@Size(max = 32) @Nullable String officeCode, @TextSize(max = 4000) @Nullable String note) {

		PutCallThrough.Destination toDestination() {
			return new PutCallThrough.Destination(destination, employeeId, officeCode);
		}

	}

	record Closure(@NotBlank @TextSize(max = 4000) String resolution, @Nullable Boolean commonInterest,
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

	record Reopening(@NotBlank @TextSize(max = 4000) String reason) {
	}

	record ClarificationQuestion(@NotBlank @TextSize(max = 4000) String question) {
	}

	record ClarificationAnswer(@NotBlank @TextSize(max = 4000) String answer) {
	}

	record Return(@NotBlank @TextSize(max = 4000) String reason) {
	}

	record Note(@NotBlank @TextSize(max = 4000) String note) {
	}

}
