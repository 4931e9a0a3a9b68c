package it.sportello.identity.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path on this application, never to an absolute URL: Spring Security builds some (the page
 * asked for before the login) from the request's {@code Host} header, which the client chooses. Only the
 * path and query of such a URL are kept; the browser resolves them against the address it used.
 */
final class RelativeRedirectStrategy implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		URI target = URI.create(url);
		String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
		String relative = target.isAbsolute() || target.getRawAuthority() != null
				? path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
				: request.getContextPath() + url;
		response.sendRedirect(response.encodeRedirectURL(relative));
	}

}
