package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import it.sportello.identity.tokens.TokenSecret;
import it.sportello.identity.users.NewStaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

@SportelloIntegrationTest
class ApiTokensIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffUserManagement management;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = IdentityTestSupport.mockMvc(context);
	}

	@Test
	void tokenCreatedThroughTheApiAuthenticatesUntilItIsRevoked() throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/me/tokens").with(httpBasic("backoffice", "backoffice"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Integrazione centralino\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("spt_")))
			.andReturn();
		String token = JsonPath.read(created.getResponse().getContentAsString(), "$.token");
		Integer id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("backoffice"))
			.andExpect(jsonPath("$.role").value("BACK_OFFICE"));
		mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].prefix").value(token.substring(0, 12)))
			.andExpect(content().string(not(containsString(token))));

		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(httpBasic("backoffice", "backoffice")))
			.andExpect(status().isNoContent());
		// Verified a moment ago, so cached: the revocation must evict it.
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Il token API non è valido")));
	}

	@Test
	void tokenIsStoredOnlyAsItsSha256Hash() throws Exception {
		String token = createToken("responsabile", "responsabile", "report mensile");
		Map<String, Object> row = jdbc.queryForMap("select token_hash, prefix from api_token where token_hash = ?",
				TokenSecret.hash(token));
		assertThat(row.get("token_hash")).asString().hasSize(64).matches("[0-9a-f]+");
		assertThat(row.get("prefix")).isEqualTo(token.substring(0, 12));
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or name = ? or prefix = ?",
				Integer.class, token, token, token)).isZero();
	}

	@Test
	void lastUseIsRecordedAtMostOncePerMinute() throws Exception {
		String token = createToken("urp.salu", "urp.salu", "uso");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		Timestamp first = lastUsed(token);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		assertThat(first).isNotNull();
		assertThat(lastUsed(token)).isEqualTo(first);
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		String token = createToken("urp.agri", "urp.agri", "personale");
		Long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, TokenSecret.hash(token));
		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(httpBasic("urp.cult", "urp.cult")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void tokenCreatedOnTheProfilePageIsShownOnceThenListedByItsPrefix() throws Exception {
		MockHttpSession session = IdentityTestSupport.login(mvc, "supporto.pres", "supporto.pres");
		MvcResult created = mvc.perform(post("/profile/tokens").session(session).param("name", "Script").with(csrf()))
			.andExpect(flash().attributeExists("issuedTokenSecret"))
			.andReturn();
		String token = (String) created.getFlashMap().get("issuedTokenSecret");

		// The redirect left the token in the session's flash map: the next page shows it and consumes it.
		mvc.perform(get("/profile").session(session)).andExpect(content().string(containsString(token)));
		mvc.perform(get("/profile").session(session))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(containsString(token.substring(0, 12))));

		Long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, TokenSecret.hash(token));
		mvc.perform(post("/profile/tokens/{id}/revocation", id).session(session).with(csrf()))
			.andExpect(flash().attribute("message", "identity.profile.token.revoked"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void tokenOfADisabledUserStopsWorking() throws Exception {
		// A user of its own: disabling a demo user would break other tests sharing this context.
		management.create(new NewStaffUser("token.disattivato", "Rita Mecca", Role.BACK_OFFICE, null, null,
				"password-lunga"));
		String token = createToken("token.disattivato", "password-lunga", "da disattivare");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/users/token.disattivato/status")
			.with(httpBasic("admin", "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\":false}")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	private String createToken(String username, String password, String name) throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/me/tokens").with(httpBasic(username, password))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$.token");
	}

	private Timestamp lastUsed(String token) {
		return jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Timestamp.class,
				TokenSecret.hash(token));
	}

}
