package it.sportello.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixFilteredHandlerMappingTests {

	@Test
	void theLiteralStartOfAPatternEndsAtItsFirstVariableOrWildcard() {
		assertThat(PrefixFilteredHandlerMapping.literalStart("/api/v1/tickets/{number}/closure")).isEqualTo("/api/v1/tickets/");
		assertThat(PrefixFilteredHandlerMapping.literalStart("/webjars/**")).isEqualTo("/webjars/");
		assertThat(PrefixFilteredHandlerMapping.literalStart("/{*path}")).isEqualTo("/");
		assertThat(PrefixFilteredHandlerMapping.literalStart("/tickets/2026-00000?")).isEqualTo("/tickets/2026-00000");
		assertThat(PrefixFilteredHandlerMapping.literalStart("/api/v1/tickets")).isEqualTo("/api/v1/tickets");
		assertThat(PrefixFilteredHandlerMapping.literalStart("")).isEmpty();
	}

}
