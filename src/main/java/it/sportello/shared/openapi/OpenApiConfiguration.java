package it.sportello.shared.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import it.sportello.shared.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API document's header: the product's name and version from the build ({@code META-INF/build-info.properties},
 * written by the Spring Boot Maven plugin), what it is, who answers for it, its licence, and the server as
 * {@code sportello.public-url} names it (springdoc would otherwise echo the request's {@code Host} header).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentProperties.class)
class OpenApiConfiguration {

	static final String DESCRIPTION = """
			The API of Sportello, the contact center of a public administration: tickets and their workflow, \
			citizens, the structure and phone directory, categories, users and personal API tokens, and public \
			tracking of a request.

			Authenticate with HTTP Basic (a staff member's user name and password) or, better for programs, a \
			personal API token: `Authorization: Bearer spt_...`, created with `POST /api/v1/me/tokens`. Every error \
			is an RFC 9457 problem detail (`application/problem+json`) whose `detail` a person can read, in Italian \
			or in English (`Accept-Language: en`). Ticket actions honour `If-Match` with the `ETag` of the ticket \
			read (412 when it changed since).""";

	@Bean
	OpenAPI apiDocument(PublicUrl publicUrl, ApiDocumentProperties properties, ObjectProvider<BuildProperties> build) {
		BuildProperties built = build.getIfAvailable();
		Contact contact = new Contact().name(properties.contactName()).email(properties.contactEmail());
		if (properties.contactUrl() != null) {
			contact.url(properties.contactUrl().toString());
		}
		return new OpenAPI().info(new Info().title(built == null || built.getName() == null ? "Sportello" : built.getName())
			.version(built == null || built.getVersion() == null ? "unknown" : built.getVersion())
			.description(DESCRIPTION)
			.contact(contact)
			.license(new License().name("EUPL-1.2")
				.url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
			.addServersItem(new Server().url(publicUrl.publicUrl().toString()).description("Sportello"));
	}

	@Bean
	ApiDocumentCustomizer apiDocumentCustomizer(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<RequestMappingHandlerAdapter> adapters) {
		return new ApiDocumentCustomizer(new ApiHandlers(mappings, adapters));
	}

}
