package it.sportello.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before Spring MVC sees them get the same answers as any other error: a problem detail on the
 * API, the error page on pages ({@link ErrorPages}). Spring Security's firewall refuses suspicious paths (a
 * {@code ;}, an encoded {@code /} or {@code .}, a {@code //}) and headers with control characters; Tomcat's own
 * refusal of an encoded {@code /} would answer with its HTML report, so Tomcat lets it through to the firewall, and
 * what Tomcat still refuses itself is reported as a problem detail on the API ({@link ProblemErrorReportValve}).
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

		/**
		 * What Tomcat refuses itself is reported by the host's error valve: problem details for the API. Spring Boot
		 * adds its own error valve (no stack traces) in a context customizer of its own; this customizer runs after
		 * Spring Boot's (no order is the last), so it can put this valve in that one's place.
		 */
		@Bean
		WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports(MessageSource messages) {
			return factory -> factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemErrorReportValve(messages));
					// The host adds a valve of this class at start-up unless one is there already.
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

	}

}
