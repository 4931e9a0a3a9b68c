package it.sportello.channels.portal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizens' web portal ({@code sportello.portal.*}).
 *
 * @param defaultCategory the category a request is filed under when the citizen picks none
 * @param requestsPerAddress requests one address may send within {@code requestsWindow}
 * @param requestsWindow the window (and the wait once the limit is reached)
 * @param maxFiles files one request may carry
 * @param maxTextLength characters of the request's text
 * @param allowedTypes media types (as detected from the content) a citizen may attach
 */
@ConfigurationProperties("sportello.portal")
public record PortalProperties(@DefaultValue("INFORMAZIONI") String defaultCategory,
		@DefaultValue("5") int requestsPerAddress, @DefaultValue("1h") Duration requestsWindow,
		@DefaultValue("3") int maxFiles, @DefaultValue("4000") int maxTextLength,
		@DefaultValue({ "application/pdf", "image/jpeg", "image/png" }) List<String> allowedTypes) {
}
