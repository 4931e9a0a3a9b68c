package it.sportello.ticketing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TicketingProperties.class, ConsoleProperties.class })
class TicketingConfiguration {
}
