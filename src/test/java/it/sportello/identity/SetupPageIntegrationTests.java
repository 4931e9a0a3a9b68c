package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import it.sportello.identity.bootstrap.SetupCode;
import it.sportello.identity.bootstrap.SetupCodes;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.CleanDatabaseConfiguration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** No demo, no administrator in the environment: the set-up page with the code from the log. */
@SpringBootTest
@ActiveProfiles("test")
@Import(CleanDatabaseConfiguration.class)
@TestPropertySource(properties = { BootstrapSchema.URL, BootstrapSchema.FLYWAY, BootstrapSchema.HIBERNATE })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupPageIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	SetupCode setupCode;

	@Autowired
	StaffUserManagement users;

	@Test
	@Order(1)
	void emptyUserTableOffersTheSetupPageFromTheLoginPage() throws Exception {
		assertThat(users.noUserExists()).isTrue();
		MockMvc mvc = IdentityTestSupport.mockMvc(context);
		mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/setup\"")));
		mvc.perform(get("/setup"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Codice di configurazione")));
	}

	@Test
	@Order(2)
	void setupRefusesAWrongCodeOnItsField() throws Exception {
		IdentityTestSupport.mockMvc(context)
			.perform(setup("AAAA-BBBB-CCCC", "una-password-lunga"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"setupCode-error\"")))
			.andExpect(content().string(containsString("Il codice di configurazione non è corretto.")));
		assertThat(users.noUserExists()).isTrue();
	}

	@Test
	@Order(3)
	void setupRefusesMismatchedPasswordsNextToTheConfirmation() throws Exception {
		IdentityTestSupport.mockMvc(context)
			.perform(setup(code(), "una-password-lunga").param("passwordConfirmation", "un-altra-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"passwordConfirmation-error\"")));
		assertThat(users.noUserExists()).isTrue();
	}

	@Test
	@Order(4)
	void rightCodeCreatesTheFirstAdministratorAndTheSetupPageDisappears() throws Exception {
		MockMvc mvc = IdentityTestSupport.mockMvc(context);
		String code = code();
		mvc.perform(setup(code.toLowerCase(), "una-password-lunga")).andExpect(redirectedUrl("/login?setup"));

		assertThat(users.find("primo.admin")).hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
		mvc.perform(get("/api/v1/me").with(httpBasic("primo.admin", "una-password-lunga"))).andExpect(status().isOk());
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(setup(code, "un-altra-password")).andExpect(redirectedUrl("/login"));
		assertThat(users.all()).hasSize(1);
	}

	private static MockHttpServletRequestBuilder setup(String code, String password) {
		return post("/setup").with(csrf())
			.param("setupCode", code)
			.param("username", "primo.admin")
			.param("displayName", "Laura Pace")
			.param("password", password)
			.param("passwordConfirmation", password);
	}

	/** What an operator reads in the log; the test reads it from the code instead. */
	private String code() {
		return SetupCodes.printed(setupCode);
	}

}
