package it.sportello.shared.calendar;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Binds {@link CalendarProperties}; the application does not scan for configuration properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	// Static: binding converters are needed before this configuration class itself is instantiated.
	@Bean
	@ConfigurationPropertiesBinding
	static Converter<String, MonthDay> monthDayConverter() {
		return new MonthDayConverter();
	}

}
