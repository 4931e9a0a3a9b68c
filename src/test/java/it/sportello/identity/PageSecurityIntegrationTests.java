package it.sportello.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@SportelloIntegrationTest
class PageSecurityIntegrationTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = IdentityTestSupport.mockMvc(context);
	}

	@Test
	void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/profile")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void htmxRequestWithoutSessionIsToldToReloadTheLoginPage() throws Exception {
		mvc.perform(get("/profile").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	@Test
	void loginPageIsPublicAndItalianByDefault() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accedi a Sportello")))
			.andExpect(content().string(containsString("<label for=\"username\"")))
			.andExpect(content().string(containsString("lang=\"it\"")));
	}

	@Test
	void langParameterSwitchesPagesToEnglishAndRemembersIt() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Log in to Sportello")))
			.andExpect(cookie().value("lang", "en"));
	}

	@Test
	void formLoginWithCsrfTokenOpensASession() throws Exception {
		mvc.perform(post("/login").param("username", "backoffice").param("password", "backoffice").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void formLoginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "backoffice").param("password", "backoffice"))
			.andExpect(status().isForbidden());
	}

	@Test
	void wrongPasswordReturnsToTheLoginPageWithAGenericMessage() throws Exception {
		mvc.perform(post("/login").param("username", "backoffice")
			.param("password", "sbagliata")
			.with(csrf())
			.with(IdentityTestSupport.from("10.9.1.1"))).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Nome utente o password non corretti.")));
	}

	@Test
	void profileShowsTheLoggedInStaffMember() throws Exception {
		MockHttpSession session = IdentityTestSupport.login(mvc, "supporto.agri", "supporto.agri");
		mvc.perform(get("/profile").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("supporto.agri")))
			.andExpect(content().string(containsString("Supporto dipartimentale")))
			.andExpect(content().string(containsString("AGRI")));
	}

	@Test
	void profileFormsRequireTheCsrfToken() throws Exception {
		MockHttpSession session = IdentityTestSupport.login(mvc, "operatore2", "operatore2");
		mvc.perform(post("/profile/tokens").session(session).param("name", "senza csrf")).andExpect(status().isForbidden());
		mvc.perform(post("/profile/tokens").session(session).param("name", "con csrf").with(csrf()))
			.andExpect(redirectedUrl("/profile"));
	}

	@Test
	void logoutIsAPostThatEndsTheSession() throws Exception {
		MockHttpSession session = IdentityTestSupport.login(mvc, "operatore2", "operatore2");
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void setupPageIsGoneOnceUsersExist() throws Exception {
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
	}

}
