package it.sportello.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@SportelloIntegrationTest
class AdminUsersIntegrationTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		mvc = IdentityTestSupport.mockMvc(context);
		admin = IdentityTestSupport.login(mvc, "admin", "admin");
	}

	@Test
	void adminCreatesADepartmentSupportUserWhoCanThenLogIn() throws Exception {
		mvc.perform(post("/admin/users").session(admin)
			.with(csrf())
			.param("username", "Nuovo.Supporto")
			.param("displayName", "Angela Viggiano")
			.param("role", "DEPARTMENT_SUPPORT")
			.param("departmentCode", "salu")
			.param("password", "una-password-sicura"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "identity.admin.created"));

		mvc.perform(get("/api/v1/me").with(httpBasic("nuovo.supporto", "una-password-sicura")))
			.andExpect(jsonPath("$.role").value("DEPARTMENT_SUPPORT"))
			.andExpect(jsonPath("$.departmentCode").value("SALU"));
		mvc.perform(get("/admin/users").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Angela Viggiano")));
	}

	@Test
	void invalidUserFormShowsItalianErrorsNextToTheFields() throws Exception {
		mvc.perform(post("/admin/users").session(admin)
			.with(csrf())
			.param("username", "x")
			.param("displayName", "")
			.param("role", "URP")
			.param("password", "corta"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("Il nome utente deve avere da 2 a 64 caratteri")))
			.andExpect(content().string(containsString("Campo obbligatorio.")))
			.andExpect(content().string(containsString("La password deve avere da 10 a 64 caratteri.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void departmentScopedRoleWithoutDepartmentIsRefusedOnItsField() throws Exception {
		mvc.perform(post("/admin/users").session(admin)
			.with(csrf())
			.param("username", "urp.senza")
			.param("displayName", "Lucia Sileo")
			.param("role", "URP")
			.param("password", "una-password-sicura"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"departmentCode-error\"")))
			.andExpect(content().string(containsString("Questo ruolo richiede un dipartimento.")));
	}

	@Test
	void userAdministrationIsForAdministratorsOnly() throws Exception {
		MockHttpSession manager = IdentityTestSupport.login(mvc, "responsabile", "responsabile");
		mvc.perform(get("/admin/users").session(manager)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/operatore/disabling").session(manager).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void disabledUserCannotLogInUntilReEnabled() throws Exception {
		createThroughApi("da.disattivare");
		mvc.perform(post("/admin/users/da.disattivare/disabling").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/api/v1/me").with(httpBasic("da.disattivare", "una-password-sicura")))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/admin/users/da.disattivare/enabling").session(admin).with(csrf()));
		mvc.perform(get("/api/v1/me").with(httpBasic("da.disattivare", "una-password-sicura")))
			.andExpect(status().isOk());
	}

	@Test
	void passwordResetGivesATemporaryPasswordThatWorksAndRetiresTheOldOne() throws Exception {
		createThroughApi("smemorato");
		String body = mvc.perform(post("/api/v1/users/smemorato/password-reset").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String temporary = JsonPath.read(body, "$.temporaryPassword");
		mvc.perform(get("/api/v1/me").with(httpBasic("smemorato", temporary))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic("smemorato", "una-password-sicura")).with(IdentityTestSupport.from("10.2.0.1")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void usersApiListsAndRefusesDuplicateUserNamesWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/users").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'operatore')].role").value("FIRST_LEVEL"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("password"))));
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"operatore\",\"displayName\":\"Doppione\",\"role\":\"FIRST_LEVEL\","
					+ "\"password\":\"una-password-sicura\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Il nome utente «operatore» è già in uso."));
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		mvc.perform(put("/api/v1/users/admin/status").with(httpBasic("admin", "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\":false}")).andExpect(status().isConflict());
	}

	private void createThroughApi(String username) throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"Nicola Pisani\",\"role\":\"BACK_OFFICE\","
					+ "\"password\":\"una-password-sicura\"}"))
			.andExpect(status().isCreated());
	}

}
