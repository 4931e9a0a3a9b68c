package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

@SportelloIntegrationTest
class ApiSecurityIntegrationTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = IdentityTestSupport.mockMvc(context);
	}

	@Test
	void apiWithoutCredentialsAnswers401ProblemDetailInItalian() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Sportello\""))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Autenticazione richiesta"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Autenticazione richiesta: usi HTTP Basic")));
	}

	@Test
	void apiAnswersInEnglishWhenTheClientAsksForIt() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Authentication required"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Authentication required: use HTTP Basic")));
	}

	@Test
	void wrongBasicPasswordAnswers401ProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("operatore", "sbagliata")).with(IdentityTestSupport.from("10.9.0.1")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Nome utente o password non corretti."));
	}

	@Test
	void basicAuthenticationIdentifiesTheStaffMemberWithoutCreatingASession() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/me").with(httpBasic("operatore", "operatore")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("operatore"))
			.andExpect(jsonPath("$.role").value("FIRST_LEVEL"))
			.andExpect(jsonPath("$.displayName").value(org.hamcrest.Matchers.startsWith("Claudio ")))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void apiAcceptsUnsafeMethodsWithoutCsrfTokenBecauseItHasNoSession() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(httpBasic("operatore2", "operatore2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"script\"}")).andExpect(status().isCreated());
	}

	@Test
	void staffWithoutTheRightRoleGets403ProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/users").with(httpBasic("operatore", "operatore")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("Il suo ruolo non consente questa operazione."));
	}

	@Test
	void forbiddenProblemDetailSpeaksEnglishOnRequest() throws Exception {
		mvc.perform(get("/api/v1/users").with(httpBasic("operatore", "operatore")).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Your role does not allow this operation."));
	}

	@Test
	void unknownBearerTokenAnswers401ProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer spt_" + "A".repeat(43)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Il token API non è valido")));
	}

	@Test
	void publicApiNeedsNoCredentials() throws Exception {
		int status = mvc.perform(get("/api/v1/public/tickets/nessuno")).andReturn().getResponse().getStatus();
		assertThat(status).isNotIn(401, 403);
	}

}
