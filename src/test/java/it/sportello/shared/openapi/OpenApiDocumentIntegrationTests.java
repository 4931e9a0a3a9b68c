package it.sportello.shared.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API document is what a client generator reads: it must be valid OpenAPI, say how to authenticate, and
 * declare for each operation its summary and the problem details it can answer.
 */
@SportelloIntegrationTest
class OpenApiDocumentIntegrationTests {

	static final String FORGED_HOST = "forged.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	BuildProperties build;

	String text;

	OpenAPI document;

	@BeforeEach
	void readTheDocument() throws Exception {
		text = mvc.perform(get("/v3/api-docs").header("Host", FORGED_HOST))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
		assertThat(parsed.getMessages()).as("what the parser found wrong").isEmpty();
		document = parsed.getOpenAPI();
	}

	@Test
	void isNamedAndVersionedAfterTheProductAndSaysWhoAnswersForIt() {
		assertThat(document.getInfo().getTitle()).isEqualTo("Sportello");
		assertThat(document.getInfo().getVersion()).isEqualTo(build.getVersion()).isNotEqualTo("v0");
		assertThat(document.getInfo().getDescription()).contains("Bearer");
		assertThat(document.getInfo().getContact().getName()).isNotBlank();
		assertThat(document.getInfo().getLicense().getName()).isEqualTo("EUPL-1.2");
	}

	@Test
	void namesTheConfiguredPublicUrlAsItsServerWhateverHostTheRequestNamed() {
		assertThat(document.getServers()).singleElement()
			.satisfies(server -> assertThat(server.getUrl()).isEqualTo("http://localhost:8080"));
		assertThat(text).doesNotContain(FORGED_HOST);
	}

	@Test
	void declaresHttpBasicAndBearerTokens() {
		Map<String, SecurityScheme> schemes = document.getComponents().getSecuritySchemes();
		assertThat(schemes.get("basicAuth").getType()).isEqualTo(SecurityScheme.Type.HTTP);
		assertThat(schemes.get("basicAuth").getScheme()).isEqualTo("basic");
		assertThat(schemes.get("bearerAuth").getType()).isEqualTo(SecurityScheme.Type.HTTP);
		assertThat(schemes.get("bearerAuth").getScheme()).isEqualTo("bearer");
	}

	@Test
	void everyOperationHasASummaryItsSecurityAndProblemDetailsForItsErrors() {
		List<String> wrong = new ArrayList<>();
		document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String name = method + " " + path;
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				wrong.add(name + ": no summary");
			}
			Map<String, ApiResponse> responses = responses(operation);
			if (!path.startsWith("/api/v1/public/")) {
				if (!requiresBasicOrBearer(operation)) {
					wrong.add(name + ": no security requirement for HTTP Basic and bearer tokens");
				}
				if (!responses.containsKey("401")) {
					wrong.add(name + ": no 401");
				}
			}
			else if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
				wrong.add(name + ": public, yet asks for credentials");
			}
			if (method == HttpMethod.GET && responses.containsKey("412")) {
				wrong.add(name + ": 412 on a read");
			}
			responses.forEach((code, response) -> {
				if (code.startsWith("4") && !isProblemDetail(response)) {
					wrong.add(name + ": " + code + " is not an application/problem+json ProblemDetail");
				}
			});
		}));
		assertThat(wrong).isEmpty();
		assertThat(document.getPaths()).hasSizeGreaterThan(30);
	}

	@Test
	void declaresOnlyTheErrorsAnOperationCanGive() {
		assertThat(responses(operation("/api/v1/tickets/{number}/closure", HttpMethod.POST)))
			.containsKeys("400", "401", "403", "404", "409", "412", "413");
		assertThat(responses(operation("/api/v1/tickets/{number}", HttpMethod.GET))).containsKeys("401", "404")
			.doesNotContainKeys("409", "412", "413");
		assertThat(responses(operation("/api/v1/tickets", HttpMethod.POST))).containsKeys("400", "409", "413", "422")
			.doesNotContainKeys("404", "412");
		assertThat(responses(operation("/api/v1/public/tracking", HttpMethod.POST))).containsKeys("400", "413", "429")
			.doesNotContainKeys("401", "403", "409");
		assertThat(responses(operation("/api/v1/users", HttpMethod.GET))).containsKey("403").doesNotContainKey("400");
		assertThat(responses(operation("/api/v1/departments", HttpMethod.GET))).doesNotContainKeys("403", "404");
	}

	@Test
	void asksNoParameterForTheSignedInStaffMember() {
		assertThat(operation("/api/v1/me", HttpMethod.GET).getParameters()).isNullOrEmpty();
		assertThat(operation("/api/v1/me/tokens/{id}", HttpMethod.DELETE).getParameters())
			.extracting(parameter -> parameter.getName())
			.containsExactly("id");
		assertThat(responses(operation("/api/v1/me", HttpMethod.GET))).doesNotContainKeys("400", "403");
	}

	private Operation operation(String path, HttpMethod method) {
		assertThat(document.getPaths()).containsKey(path);
		return document.getPaths().get(path).readOperationsMap().get(method);
	}

	private Map<String, ApiResponse> responses(Operation operation) {
		return operation.getResponses() == null ? Map.of() : operation.getResponses();
	}

	private boolean requiresBasicOrBearer(Operation operation) {
		List<SecurityRequirement> security = operation.getSecurity();
		return security != null && security.stream().anyMatch(r -> r.containsKey("basicAuth"))
				&& security.stream().anyMatch(r -> r.containsKey("bearerAuth"));
	}

	private boolean isProblemDetail(ApiResponse response) {
		ApiResponse resolved = response.get$ref() == null ? response
				: document.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
		if (resolved == null || resolved.getContent() == null) {
			return false;
		}
		MediaType problem = resolved.getContent().get("application/problem+json");
		return problem != null && problem.getSchema() != null
				&& "#/components/schemas/ProblemDetail".equals(problem.getSchema().get$ref())
				&& document.getComponents().getSchemas().get("ProblemDetail").getProperties().containsKey("detail");
	}

}
