package it.sportello.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the Region's time zone; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ROME);
	}

}
