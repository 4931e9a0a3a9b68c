package it.sportello.ticketing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first-level console's settings ({@code sportello.console.*}, a documented name kept apart from
 * {@link TicketingProperties}).
 *
 * @param greeting the greeting script shown to first level (S-CH2); {@code {0}} is the operator's first name
 */
@ConfigurationProperties("sportello.console")
public record ConsoleProperties(
		@DefaultValue("Buongiorno, sono {0}. In cosa posso esserle utile?") String greeting) {
}
