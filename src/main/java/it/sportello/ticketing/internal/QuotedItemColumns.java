package it.sportello.ticketing.internal;

import it.sportello.ticketing.QuotedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quoted knowledge item as a row of {@code ticket_quoted_item}: the public {@link QuotedItem} stays free of JPA. */
@Embeddable
class QuotedItemColumns {

	@Column(name = "item_type")
	private String itemType;

	@Column(name = "item_id")
	private String itemId;

	private int version;

	protected QuotedItemColumns() {
	}

	QuotedItemColumns(QuotedItem item) {
		this.itemType = item.itemType();
		this.itemId = item.itemId();
		this.version = item.version();
	}

	QuotedItem toItem() {
		return new QuotedItem(itemType, itemId, version);
	}

}
