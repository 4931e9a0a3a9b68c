package it.sportello.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filters, and a real form login to get a session. */
final class IdentityTestSupport {

	private IdentityTestSupport() {
	}

	static MockMvc mockMvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	/** Logs in through the login form, as a browser would, and returns the authenticated session. */
	static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession(false);
		if (session == null) {
			throw new IllegalStateException("login created no session");
		}
		return session;
	}

	/** Requests from a client address of their own, so that throttling tests do not lock out 127.0.0.1. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
