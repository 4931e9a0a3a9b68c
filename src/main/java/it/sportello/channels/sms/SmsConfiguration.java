package it.sportello.channels.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Binds the SMS settings and makes the HTTP gateway (another {@link SmsGateway} bean replaces it). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	HttpSmsGateway httpSmsGateway(SmsProperties properties, JsonMapper json) {
		return new HttpSmsGateway(properties.gateway(), json);
	}

}
