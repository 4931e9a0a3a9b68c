package it.sportello.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the reason it can show: a lock is said plainly (and for how long);
 * every other failure gets the same message, so the page does not tell which user names exist.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final RedirectStrategy redirects = new RelativeRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String target = failure instanceof LoginThrottledException throttled
				? "/login?locked=" + throttled.retryAfterMinutes() : "/login?error";
		redirects.sendRedirect(request, response, target);
	}

}
