package it.sportello.shared.openapi;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who answers for the API, as its document tells client developers, under {@code sportello.api}: the
 * administration that runs the service sets its own office.
 *
 * @param contactName the office or team, e.g. "Contact center - servizi digitali"
 * @param contactEmail their address, if any
 * @param contactUrl their page, if any
 */
@ConfigurationProperties("sportello.api")
record ApiDocumentProperties(@DefaultValue("Sportello") String contactName, @Nullable String contactEmail,
		@Nullable URI contactUrl) {

}
