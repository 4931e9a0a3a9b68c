package it.sportello.ticketing.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketListingTests {

	@Test
	void aTypedNumberIsALikePrefixWhoseWildcardsAreEscaped() {
		assertThat(TicketListing.likePrefix("2026-0001")).isEqualTo("2026-0001%");
		assertThat(TicketListing.likePrefix("20%6_")).isEqualTo("20\\%6\\_%");
		assertThat(TicketListing.likePrefix("a\\b")).isEqualTo("a\\\\b%");
	}

}
