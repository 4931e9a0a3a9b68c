package it.sportello.identity.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers that tell a browser what a page may do, on top of Spring Security's defaults
 * (no sniffing, no framing, no caching of authenticated pages).
 * <p>
 * Scripts come only from the application itself (Bootstrap Italia, htmx and ours are served from it; no page
 * has an inline script). Inline styles stay allowed: a few templates set {@code white-space} in a
 * {@code style} attribute and htmx adds its indicator style, and a style cannot run code.
 */
final class SecurityHeaders {

	static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** JSON and problem details: nothing to load, nothing to run. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** Features no page uses, refused to the page and anything it would embed. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> with(String contentSecurityPolicy) {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

}
