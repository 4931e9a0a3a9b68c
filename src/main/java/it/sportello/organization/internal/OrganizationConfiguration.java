package it.sportello.organization.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link OrganizationProperties}; the application does not scan for configuration properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrganizationProperties.class)
class OrganizationConfiguration {

}
