package it.sportello.channels.phone;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the telephony events endpoint ({@code sportello.cti.*}).
 *
 * @param token the secret in the endpoint's path ({@code /api/v1/cti/{token}}); blank refuses every event
 * @param blockedCallers numbers whose calls the switch is told to reject (any format: they are normalised)
 * @param outboundCallerId the number an outgoing call shows to the called party; blank leaves the switch's own
 * @param popPollInterval how often each node looks in the database for screen-pops to push to its operators
 * @param welcomeMessage the welcome message the switch plays until the manager sets one (S-CH2)
 */
@ConfigurationProperties("sportello.cti")
public record CtiProperties(@DefaultValue("") String token, @DefaultValue("") List<String> blockedCallers,
		@DefaultValue("") String outboundCallerId, @DefaultValue("500ms") Duration popPollInterval,
		@DefaultValue("Benvenuto nel Contact Center della Regione Basilicata. La chiamata è gratuita: un operatore le risponderà al più presto.") String welcomeMessage) {
}
