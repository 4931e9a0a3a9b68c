package it.sportello.support;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * A page session for MockMvc tests: a demo user logged in through the login form, as a browser does. Page sessions
 * live in the database (Spring Session) behind a {@code SESSION} cookie, not in the servlet container's session, so
 * the returned {@link MockHttpSession} carries that cookie's value for {@link SessionCookieFromMockSession}, which
 * sends it with every request made with {@code .session(session)}.
 */
public final class PageSessions {

	static final String COOKIE_ATTRIBUTE = PageSessions.class.getName() + ".cookie";

	private PageSessions() {
	}

	/** Logs {@code user} in (a demo user: the password is the user name) and returns the authenticated session. */
	public static MockHttpSession loginAs(MockMvc mvc, String user) throws Exception {
		Cookie cookie = mvc.perform(formLogin("/login").user(user).password(user))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		if (cookie == null || cookie.getValue().isEmpty()) {
			throw new IllegalStateException("logging in as " + user + " created no session");
		}
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(COOKIE_ATTRIBUTE, cookie.getValue());
		return session;
	}

}
