package it.sportello.ticketing;

import java.util.Objects;

import it.sportello.shared.InvalidInputException;

/**
 * A knowledge item an answer quoted, and which version of it: what a reader later needs to know whether the answer
 * still holds after the item changed. {@code itemType} is the kind of item ({@code SHEET}, {@code FAQ}, …: upper case
 * letters, digits and {@code _}), {@code itemId} its identifier in the knowledge base, {@code version} from 1.
 */
public record QuotedItem(String itemType, String itemId, int version) {

	/** The longest identifier kept (the table's column). */
	public static final int MAX_ID = 64;

	public QuotedItem {
		Objects.requireNonNull(itemType, "itemType");
		Objects.requireNonNull(itemId, "itemId");
		if (!itemType.matches("[A-Z][A-Z0-9_]{0,31}")) {
			throw new InvalidInputException("quotedItems", "ticket.quoted-item-type-invalid", itemType);
		}
		if (itemId.isBlank() || itemId.length() > MAX_ID) {
			throw new InvalidInputException("quotedItems", "ticket.quoted-item-id-invalid", MAX_ID);
		}
		if (version < 1) {
			throw new InvalidInputException("quotedItems", "ticket.quoted-item-version-invalid", version);
		}
	}

}
