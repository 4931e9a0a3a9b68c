package it.sportello.shared.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What the operations of the document refer to: the two ways to authenticate, the problem-detail schema and one
 * response per error status.
 */
final class ApiDocumentComponents {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	static final String RESPONSES = "#/components/responses/";

	static final String PROBLEM_JSON = "application/problem+json";

	private ApiDocumentComponents() {
	}

	static void addTo(OpenAPI openApi) {
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		openApi.setComponents(components);
		components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("A staff member's user name and password. Repeated failures are throttled (429)."));
		components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("spt_...")
			.description("A personal API token, created and revoked on the profile page or at /api/v1/me/tokens."));
		ModelConverters converters = ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31);
		converters.readAll(new AnnotatedType(ProblemDocument.class)).forEach(components::addSchemas);
		Schema<?> seconds = converters.resolveAsResolvedSchema(new AnnotatedType(Integer.class)).schema;
		for (ErrorResponse error : ErrorResponse.values()) {
			ApiResponse response = new ApiResponse().description(error.description())
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + ProblemDocument.NAME))));
			if (error == ErrorResponse.TOO_MANY_REQUESTS) {
				response.addHeaderObject("Retry-After",
						new Header().description("Seconds to wait before trying again").schema(seconds));
			}
			components.addResponses(error.componentName(), response);
		}
	}

}
