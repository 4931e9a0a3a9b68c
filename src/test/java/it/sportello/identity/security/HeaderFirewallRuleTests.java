package it.sportello.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The firewall's header rule, checked by hand, says exactly what Spring Security's default expression says. */
class HeaderFirewallRuleTests {

	/** Spring Security's default for header names and values (StrictHttpFirewall). */
	private static final Pattern DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	@Test
	void acceptsAndRefusesTheSameHeadersAsTheDefaultExpression() {
		List<String> samples = List.of("", "Bearer spt_eT1pfLrezV43QsAeJzIXuM7lax4qBkzUg-Cu-4dBNzI", "application/json",
				"it-IT,it;q=0.9,en;q=0.8", "Nicolò D’Angelo", "emoji \uD83D\uDE00", "tab\there", "nul\u0000", "del\u007F",
				"c1\u0085", "unassigned\uFFFF", "lone surrogate \uD800", "line\nbreak", "carriage\rreturn");
		for (String sample : samples) {
			assertThat(SecurityConfiguration.assignedAndNotControl(sample)).as(sample)
				.isEqualTo(DEFAULT.matcher(sample).matches());
		}
	}

}
