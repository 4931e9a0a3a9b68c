package it.sportello.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before Spring MVC sees them get the same answers as any other error: a problem detail on the
 * API, the error page on pages ({@link ErrorPages}). Spring Security's firewall refuses suspicious paths (a
 * {@code ;}, an encoded {@code /} or {@code .}, a {@code //}) and headers with control characters; Tomcat's own
 * refusal of an encoded {@code /} would answer with its HTML report, so Tomcat lets it through to the firewall.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

	/** Spring Security's filter chain uses the one bean of this type for every refusal of its firewall. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return RejectedRequests::reject;
	}

	private static void reject(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException refusal) throws IOException {
		request.setAttribute(ErrorPages.MESSAGE, "problem.rejected");
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class EncodedSlashToFirewall {

		/** "passthrough": the path keeps its {@code %2F}, which the firewall then refuses like any other. */
		@Bean
		TomcatConnectorCustomizer encodedSlashToFirewall() {
			return connector -> connector.setEncodedSolidusHandling("passthrough");
		}

	}

}
