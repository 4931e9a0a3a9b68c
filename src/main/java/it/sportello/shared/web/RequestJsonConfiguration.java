package it.sportello.shared.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON requests are read with the application's mapper plus the control-character check. Only
 * requests: the application's own JSON (the event publications) is read with the plain mapper, so text
 * stored before the check existed stays readable.
 */
@Configuration(proxyBeanMethods = false)
class RequestJsonConfiguration {

	@Bean
	@Order(1) // after Spring Boot's JSON converter (order 0), which this one replaces
	ServerHttpMessageConvertersCustomizer checkedJsonConverter(JsonMapper mapper) {
		JsonMapper checked = mapper.rebuild().addModule(new ControlCharactersModule()).build();
		return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
	}

}
