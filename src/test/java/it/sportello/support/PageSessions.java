package it.sportello.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A page session for MockMvc tests: a demo user logged in through the login form, as a browser does. */
public final class PageSessions {

	private PageSessions() {
	}

	/** Logs {@code user} in (a demo user: the password is the user name) and returns the authenticated session. */
	public static MockHttpSession loginAs(MockMvc mvc, String user) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(user))
			.andReturn()
			.getRequest()
			.getSession(false);
		if (session == null) {
			throw new IllegalStateException("logging in as " + user + " created no session");
		}
		return session;
	}

}
