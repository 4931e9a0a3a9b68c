package it.sportello.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends the {@code SESSION} cookie of a {@link PageSessions} login with a MockMvc request made with
 * {@code .session(session)}, ahead of Spring Session's filter, which reads the session from that cookie.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookieFromMockSession {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionCookieFromMockSession() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				Object value = session == null ? null : session.getAttribute(PageSessions.COOKIE_ATTRIBUTE);
				chain.doFilter(value == null ? request : withCookie(request, new Cookie("SESSION", value.toString())),
						response);
			}

		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static HttpServletRequest withCookie(HttpServletRequest request, Cookie session) {
		Cookie[] others = request.getCookies() == null ? new Cookie[0] : request.getCookies();
		Cookie[] cookies = Stream.concat(Arrays.stream(others).filter(c -> !"SESSION".equals(c.getName())), Stream.of(session))
			.toArray(Cookie[]::new);
		return new HttpServletRequestWrapper(request) {

			@Override
			public Cookie[] getCookies() {
				return cookies;
			}

		};
	}

}
