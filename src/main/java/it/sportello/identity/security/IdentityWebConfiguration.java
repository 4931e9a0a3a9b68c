package it.sportello.identity.security;

import java.util.List;

import it.sportello.identity.CurrentStaff;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@code StaffMember} controller parameter. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	private final CurrentStaff currentStaff;

	IdentityWebConfiguration(CurrentStaff currentStaff) {
		this.currentStaff = currentStaff;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new StaffMemberArgumentResolver(currentStaff));
	}

}
