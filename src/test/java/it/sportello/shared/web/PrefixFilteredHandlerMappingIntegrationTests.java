package it.sportello.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseBodyAdvice;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.util.ReflectionTestUtils;
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
		// htmx's adapter carries its response-body advice; Spring Boot's default one would not.
		assertThat((List<?>) ReflectionTestUtils.getField(adapter, "requestResponseBodyAdvice"))
			.anySatisfy(advice -> assertThat(advice).isInstanceOf(HtmxResponseBodyAdvice.class));
	}

}
