package it.sportello.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class TicketNumberTests {

	@Test
	void theSequenceIsZeroPaddedToSixDigitsAfterTheYear() {
		assertThat(TicketNumber.of(2026, 1).value()).isEqualTo("2026-000001");
		assertThat(TicketNumber.of(2026, 123).value()).isEqualTo("2026-000123");
		assertThat(TicketNumber.of(2027, 999_999).value()).isEqualTo("2027-999999");
	}

	@Test
	void aYearWithMoreThanAMillionTicketsIsRefusedRatherThanNumberedWrongly() {
		assertThatThrownBy(() -> TicketNumber.of(2026, 1_000_000)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aMalformedNumberIsNotFoundRatherThanInvalid() {
		assertThat(TicketNumber.isWellFormed("2026-000001")).isTrue();
		assertThat(TicketNumber.isWellFormed("2026-1")).isFalse();
		assertThatThrownBy(() -> new TicketNumber("26-000001")).isInstanceOf(NotFoundException.class);
	}

}
