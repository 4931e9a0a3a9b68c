package it.sportello.shared.pdf;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link PdfProperties}; the application does not scan for configuration properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PdfProperties.class)
class PdfConfiguration {

}
