package it.sportello.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxHandlerInterceptor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Spring MVC's request mapping, with a cheap first test. A path with a variable
 * ({@code /api/v1/tickets/2026-000123}) is not found among the literal paths, so Spring checks every
 * mapping of the application in full (method, parameters, headers, media types, then the pattern) —
 * on a ticket read that cost more than the read itself. A mapping whose pattern's literal start
 * ({@code /api/v1/tickets/}) is not the start of the path cannot match: it is skipped before any of that.
 */
class PrefixFilteredHandlerMapping extends HtmxRequestMappingHandlerMapping {

	static final String API = "/api/";

	private final Map<RequestMappingInfo, String[]> literalStarts = new ConcurrentHashMap<>();

	/** The path being looked up, set once per request (reading it from the request is a chain of wrappers). */
	private final ThreadLocal<@Nullable String> lookupPath = new ThreadLocal<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
		// Path parameters (";name=value") are ignored by pattern matching, not by a text prefix: no filter then.
		lookupPath.set(path.indexOf(';') < 0 ? path : null);
		try {
			return super.lookupHandlerMethod(path, request);
		}
		finally {
			lookupPath.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = lookupPath.get();
		if (path != null && !startsWithAny(path, literalStartsOf(info))) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * A plain read first: computeIfAbsent locks the entry's bin whenever the entry is not the bin's first,
	 * and every request asks for every mapping's starts (32 request threads queued on those locks).
	 */
	private String[] literalStartsOf(RequestMappingInfo info) {
		String[] starts = literalStarts.get(info);
		return starts != null ? starts : literalStarts.computeIfAbsent(info, PrefixFilteredHandlerMapping::literalStarts);
	}

	private static boolean startsWithAny(String path, String[] starts) {
		for (String start : starts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	/** Each pattern's text up to its first variable or wildcard; "" (anything) without path patterns. */
	private static String[] literalStarts(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (patterns == null || patterns.getPatternValues().isEmpty()) {
			return new String[] { "" };
		}
		return patterns.getPatternValues().stream().map(PrefixFilteredHandlerMapping::literalStart).toArray(String[]::new);
	}

	/**
	 * The API has no pages: htmx's interceptor (its response annotations, looked up on every request) and
	 * the resource-URL interceptor (static resources' versioned links, for templates) have nothing to do
	 * there, and cost about 6 % of a ticket read. Every other interceptor applies as registered.
	 */
	@Override
	protected HandlerExecutionChain getHandlerExecutionChain(Object handler, HttpServletRequest request) {
		HandlerExecutionChain chain = super.getHandlerExecutionChain(handler, request);
		if (!isApi(request)) {
			return chain;
		}
		List<HandlerInterceptor> kept = new ArrayList<>(chain.getInterceptorList().size());
		for (HandlerInterceptor interceptor : chain.getInterceptorList()) {
			if (!isPageOnly(interceptor)) {
				kept.add(interceptor);
			}
		}
		return kept.size() == chain.getInterceptorList().size() ? chain
				: new HandlerExecutionChain(chain.getHandler(), kept);
	}

	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return uri.startsWith(API, context.length()) && uri.startsWith(context);
	}

	private static boolean isPageOnly(HandlerInterceptor interceptor) {
		return interceptor instanceof HtmxHandlerInterceptor || interceptor instanceof ResourceUrlProviderExposingInterceptor;
	}

	static String literalStart(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '\\') {
				return pattern.substring(0, i);
			}
		}
		return pattern;
	}

	/**
	 * htmx-spring-boot registers its own MVC parts (its mapping adds the {@code @HxRequest} conditions);
	 * Spring Boot uses only one set of registrations, so this one is primary, keeps htmx's adapter and
	 * exception resolver, and maps with the htmx mapping extended above.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		/** Without a web server (the import-directory command) there is no MVC, and no htmx to keep. */
		@Bean
		@Primary
		WebMvcRegistrations prefixFilteredHandlerMapping(ObjectProvider<HtmxMvcAutoConfiguration> htmx) {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new PrefixFilteredHandlerMapping();
				}

				@Override
				public @Nullable RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
					HtmxMvcAutoConfiguration configuration = htmx.getIfAvailable();
					return configuration == null ? null : configuration.getRequestMappingHandlerAdapter();
				}

				@Override
				public @Nullable ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
					HtmxMvcAutoConfiguration configuration = htmx.getIfAvailable();
					return configuration == null ? null : configuration.getExceptionHandlerExceptionResolver();
				}
			};
		}

	}

}
