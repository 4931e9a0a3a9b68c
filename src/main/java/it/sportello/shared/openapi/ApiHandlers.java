package it.sportello.shared.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The controller methods behind the document's operations, found by HTTP method and path pattern. */
class ApiHandlers {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private final ObjectProvider<RequestMappingHandlerAdapter> adapters;

	private @Nullable Map<String, HandlerMethod> byMethodAndPath;

	ApiHandlers(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<RequestMappingHandlerAdapter> adapters) {
		this.mappings = mappings;
		this.adapters = adapters;
	}

	/** The handler of {@code GET /api/v1/tickets/{number}}, say; none for a path no controller maps. */
	synchronized @Nullable HandlerMethod find(String method, String path) {
		if (byMethodAndPath == null) {
			byMethodAndPath = index();
		}
		return byMethodAndPath.get(method + " " + path);
	}

	/** The resolvers the application adds for arguments of its own types (the signed-in staff member). */
	List<HandlerMethodArgumentResolver> customArgumentResolvers() {
		return adapters.orderedStream()
			.map(RequestMappingHandlerAdapter::getCustomArgumentResolvers)
			.filter(Objects::nonNull)
			.flatMap(List::stream)
			.toList();
	}

	private Map<String, HandlerMethod> index() {
		Map<String, HandlerMethod> index = new HashMap<>();
		mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods(info)) {
					index.putIfAbsent(method.name() + " " + pattern, handler);
				}
			}
		}));
		return index;
	}

	private static Iterable<RequestMethod> methods(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().isEmpty() ? List.of(RequestMethod.values())
				: info.getMethodsCondition().getMethods();
	}

}
