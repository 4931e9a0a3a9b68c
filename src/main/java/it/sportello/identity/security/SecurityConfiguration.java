package it.sportello.identity.security;

import it.sportello.identity.IdentityProperties;
import it.sportello.identity.tokens.ApiTokenVerifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: HTTP Basic or a bearer token on every
 * request, no session read or created, hence no CSRF; its errors are problem details. The pages use
 * form login with a session and CSRF protection. Method security ({@code @PreAuthorize}) is on for
 * every module.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

	/**
	 * Pages anyone may open: login and set-up, static resources, health, API docs, citizen tracking, the citizens'
	 * portal and the satisfaction survey. (The telephony endpoint {@code /api/v1/cti/{token}} checks its own token.)
	 */
	static final String[] PUBLIC_PAGES = { "/login", "/setup", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
			"/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/traccia/**", "/portale", "/portale/**", "/sondaggio/**" };

	@Bean
	AuthenticationManager authenticationManager(StaffUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setUserDetailsPasswordService(users);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * No observation (span and timers) around each of the security filters of each request: it cost more
	 * than the filters' own work (HTTP request metrics are off too: application.yml says why).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's strict firewall with its own rule for header names and values (only assigned
	 * characters, no control characters) checked character by character: its default does it with a
	 * regular expression on every header read, 3 % of a ticket opening.
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(SecurityConfiguration::assignedAndNotControl);
		firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
		return firewall;
	}

	static boolean assignedAndNotControl(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

	@Bean
	ApiProblemResponses apiProblemResponses(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		return new ApiProblemResponses(messages, localeResolver, json);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiProblemResponses problems, ApiTokenVerifier tokens) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/public/**", "/api/v1/cti/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationManager(authenticationManager)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No session and no cookie authentication: a forged cross-site request has nothing to ride on.
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityHeaders.with(SecurityHeaders.API_POLICY))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login")
				.successHandler(backToTheAskedPage())
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(loginPageOrHtmxRedirect()))
			.headers(SecurityHeaders.with(SecurityHeaders.PAGES_POLICY))
			.build();
	}

	/** After the login, the page that was asked for, as a path: its saved URL names the client's {@code Host}. */
	private static SavedRequestAwareAuthenticationSuccessHandler backToTheAskedPage() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setRedirectStrategy(new RelativeRedirectStrategy());
		return handler;
	}

	/**
	 * An htmx request whose session has expired must not get the login page swapped into a fragment:
	 * it gets 401 and {@code HX-Redirect}, so htmx loads the login page as a whole page.
	 */
	private static AuthenticationEntryPoint loginPageOrHtmxRedirect() {
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		// "/login", not "http://<the request's Host>/login".
		loginPage.setFavorRelativeUris(true);
		return (request, response, failure) -> {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(401);
			}
			else {
				loginPage.commence(request, response, failure);
			}
		};
	}

}
