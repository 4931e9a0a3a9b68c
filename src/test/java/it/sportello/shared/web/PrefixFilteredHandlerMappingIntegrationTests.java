package it.sportello.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import ch.qos.logback.classic.LoggerContext;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxHandlerInterceptor;
import jakarta.servlet.Filter;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.micrometer.core.instrument.MeterRegistry;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@SportelloIntegrationTest
class PrefixFilteredHandlerMappingIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	@Qualifier("requestMappingHandlerAdapter")
	RequestMappingHandlerAdapter adapter;

	@Test
	void theApplicationMapsRequestsWithThePrefixFilteredMappingKeepingHtmxConditions() {
		assertThat(mapping).isInstanceOf(PrefixFilteredHandlerMapping.class)
			.isInstanceOf(HtmxRequestMappingHandlerMapping.class);
	}

	@Test
	void theHandlerAdapterWritesHtmxResponseHeadersOfAResponseBodyMethod() throws Exception {
		// htmx's adapter carries its response-body advice, which turns an HtmxResponse argument into HX-* headers;
		// Spring Boot's default adapter would drop them.
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/probe");
		MockHttpServletResponse response = new MockHttpServletResponse();

		adapter.handle(request, response,
				new HandlerMethod(new HtmxProbe(), HtmxProbe.class.getMethod("answer", HtmxResponse.class)));

		assertThat(response.getContentAsString()).isEqualTo("ok");
		assertThat(response.getHeader("HX-Trigger")).isEqualTo("probed");
	}

	/** A response-body handler as a controller would declare it, called through the application's adapter. */
	static class HtmxProbe {

		@ResponseBody
		public String answer(HtmxResponse htmx) {
			htmx.addTrigger("probed");
			return "ok";
		}

	}

	@Test
	void apiRequestsSkipThePageOnlyInterceptorsAndPagesKeepThem() throws Exception {
		assertThat(interceptorsFor("/api/v1/tickets/2026-000001")).noneMatch(PAGE_ONLY).isNotEmpty();
		assertThat(interceptorsFor("/tickets/2026-000001")).anyMatch(i -> i instanceof HtmxHandlerInterceptor)
			.anyMatch(i -> i instanceof ResourceUrlProviderExposingInterceptor);
	}

	@Test
	void apiRequestsAreNotWrappedForResourceLinksAndPagesAre() throws Exception {
		assertThat(resourceUrlEncodingFilter).hasSize(1);
		Filter filter = resourceUrlEncodingFilter.get(0).getFilter();
		assertThat(filter).isInstanceOf(PagesResourceUrlEncodingFilter.class);

		MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/tickets");
		MockFilterChain apiChain = new MockFilterChain();
		filter.doFilter(api, new MockHttpServletResponse(), apiChain);
		assertThat(apiChain.getRequest()).isSameAs(api);

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/tickets");
		MockFilterChain pageChain = new MockFilterChain();
		filter.doFilter(page, new MockHttpServletResponse(), pageChain);
		assertThat(pageChain.getRequest()).isNotSameAs(page);
	}

	@Test
	void noTurboFilterInFrontOfEveryLevelCheck() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		// Micrometer's (package-private) MetricsTurboFilter counts log events.
		assertThat(logging.getTurboFilterList()).map(f -> f.getClass().getSimpleName()).doesNotContain("MetricsTurboFilter");
	}

	@Test
	void noRequestTimersThatNoExporterReads() {
		assertThat(new Api(port).get("operatore", "/api/v1/categories").status()).isEqualTo(200);
		assertThat(meters.find("http.server.requests").timers()).isEmpty();
	}

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	static final Predicate<HandlerInterceptor> PAGE_ONLY = i -> i instanceof HtmxHandlerInterceptor
			|| i instanceof ResourceUrlProviderExposingInterceptor;

	@Autowired
	List<FilterRegistrationBean<ResourceUrlEncodingFilter>> resourceUrlEncodingFilter;

	private List<HandlerInterceptor> interceptorsFor(String path) throws Exception {
		HandlerExecutionChain chain = mapping.getHandler(new MockHttpServletRequest("GET", path));
		assertThat(chain).as(path).isNotNull();
		return chain.getInterceptorList();
	}

}
