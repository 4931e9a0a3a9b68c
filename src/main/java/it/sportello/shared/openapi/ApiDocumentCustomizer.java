package it.sportello.shared.openapi;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

/**
 * Completes every operation of the document: the security it needs, the problem-detail responses it can give
 * ({@link DocumentedOperation#errors()}), and no parameter that the application fills in itself (the signed-in
 * staff member) rather than the client. Responses an operation declares by annotation are kept as they are.
 */
class ApiDocumentCustomizer implements GlobalOpenApiCustomizer {

	/**
	 * Operations any signed-in staff member may call although no {@code @PreAuthorize} says so: the caller's own
	 * account and the category list. Every other secured operation either says it with
	 * {@code @PreAuthorize("isAuthenticated()")} or checks the caller's role (403).
	 */
	private static final Set<String> EVERY_STAFF_MEMBER = Set.of("GET /api/v1/me", "GET /api/v1/me/tokens",
			"POST /api/v1/me/tokens", "DELETE /api/v1/me/tokens/{id}", "GET /api/v1/categories");

	private static final Set<String> ANY_SIGNED_IN = Set.of("isAuthenticated()", "permitAll()");

	private final ApiHandlers handlers;

	ApiDocumentCustomizer(ApiHandlers handlers) {
		this.handlers = handlers;
	}

	@Override
	public void customise(OpenAPI openApi) {
		ApiDocumentComponents.addTo(openApi);
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			HandlerMethod handler = handlers.find(method.name(), path);
			hideArgumentsTheApplicationResolves(operation, handler);
			DocumentedOperation documented = new DocumentedOperation(path, method, operation,
					checksRole(method, path, handler));
			if (!documented.isPublic()) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDocumentComponents.BASIC),
						new SecurityRequirement().addList(ApiDocumentComponents.BEARER)));
			}
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			for (ErrorResponse error : documented.errors()) {
				responses.computeIfAbsent(error.code(),
						code -> new ApiResponse().$ref(ApiDocumentComponents.RESPONSES + error.componentName()));
			}
			operation.setResponses(responses);
		}));
	}

	private static boolean checksRole(HttpMethod method, String path, @Nullable HandlerMethod handler) {
		if (EVERY_STAFF_MEMBER.contains(method + " " + path)) {
			return false;
		}
		if (handler == null) {
			return true;
		}
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		return rule == null || !ANY_SIGNED_IN.contains(rule.value().replace(" ", ""));
	}

	/** An unannotated handler argument taken by one of the application's own resolvers is not a client's parameter. */
	private void hideArgumentsTheApplicationResolves(Operation operation, @Nullable HandlerMethod handler) {
		if (handler == null || operation.getParameters() == null) {
			return;
		}
		List<HandlerMethodArgumentResolver> resolvers = handlers.customArgumentResolvers();
		List<String> resolved = Stream.of(handler.getMethodParameters())
			.filter(parameter -> parameter.getParameterAnnotations().length == 0)
			.filter(parameter -> resolvers.stream().anyMatch(resolver -> resolver.supportsParameter(parameter)))
			.map(ApiDocumentCustomizer::name)
			.toList();
		operation.getParameters().removeIf(p -> "query".equals(p.getIn()) && resolved.contains(p.getName()));
		if (operation.getParameters().isEmpty()) {
			operation.setParameters(null);
		}
	}

	private static @Nullable String name(MethodParameter parameter) {
		MethodParameter named = new MethodParameter(parameter);
		named.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return named.getParameterName();
	}

}
