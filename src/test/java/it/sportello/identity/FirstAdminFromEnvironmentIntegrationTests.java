package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.sportello.identity.bootstrap.SetupCode;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.CleanDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * Without the demo profile and with SPORTELLO_ADMIN_USERNAME / _PASSWORD (here as the properties they
 * bind to). Runs in a schema of its own: cleaning the shared schema would remove the demo users that
 * other test classes' cached contexts rely on.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(CleanDatabaseConfiguration.class)
@TestPropertySource(properties = { BootstrapSchema.URL, BootstrapSchema.FLYWAY, BootstrapSchema.HIBERNATE,
		"sportello.admin.username=Capo.Sistema", "sportello.admin.password=una-password-lunga" })
@DirtiesContext
class FirstAdminFromEnvironmentIntegrationTests {

	@Autowired
	StaffUserManagement users;

	@Autowired
	SetupCode setupCode;

	@Autowired
	WebApplicationContext context;

	@Test
	void administratorNamedInTheEnvironmentIsTheOnlyUserCreated() {
		assertThat(users.all()).singleElement().satisfies(admin -> {
			assertThat(admin.username()).isEqualTo("capo.sistema");
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
		});
		assertThat(users.find("operatore")).isEmpty();
	}

	@Test
	void administratorLogsInAndNoSetupPageIsOffered() throws Exception {
		var mvc = IdentityTestSupport.mockMvc(context);
		mvc.perform(get("/api/v1/me").with(httpBasic("capo.sistema", "una-password-lunga")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("ADMIN"));
		assertThat(setupCode.isActive()).isFalse();
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
	}

}
