package it.sportello.citizens;

import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import it.sportello.shared.Channel;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SportelloIntegrationTest
class CitizenWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	private static final RequestPostProcessor OPERATOR = httpBasic("operatore", "operatore");

	private CitizenView anna;

	@BeforeEach
	void oneCitizen() {
		jdbc.update("delete from citizen");
		anna = citizens.identify(new CitizenDetails(null, "Anna", "Nolè", null, "RSSMRA85T10A562S", "0971 664002",
				"anna.nole@example.it", Channel.PHONE), Staff.firstLevelOperator());
	}

	/** A session from the login form, as the console's browser has. */
	private MockHttpSession login() throws Exception {
		return PageSessions.loginAs(mvc, "operatore");
	}

	@Test
	void searchesThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/citizens").param("q", "nole").with(OPERATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(anna.id()))
			.andExpect(jsonPath("$[0].displayName").value("Anna Nolè"))
			.andExpect(jsonPath("$[0].phone").value("+390971664002"));
	}

	@Test
	void refusesAnOutOfRangeLimitWithAProblem() throws Exception {
		mvc.perform(get("/api/v1/citizens").param("q", "nole").param("limit", "0").with(OPERATOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void findsOneCitizenById() throws Exception {
		mvc.perform(get("/api/v1/citizens/{id}", anna.id()).with(OPERATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fiscalCode").value("RSSMRA85T10A562S"));
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/citizens/{id}", anna.id() + 1000).with(OPERATOR).header("Accept-Language", "it"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Il cittadino richiesto non esiste."));
	}

	@Test
	void refusesABadFiscalCodeWithAProblemNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/citizens").with(OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "it")
			.content("""
					{"firstName": "Mario", "lastName": "Rossi", "fiscalCode": "RSSMRA85T10A562T", "phone": "12"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("fiscalCode", "phone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'fiscalCode')].message")
				.value(Matchers.hasItem(Matchers.startsWith("«Codice fiscale» non è valido"))));
	}

	@Test
	void identifiesThroughTheApiReusingTheRecord() throws Exception {
		mvc.perform(post("/api/v1/citizens").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content("""
				{"fiscalCode": "rssmra85t10a562s"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(anna.id()));
	}

	@Test
	void refusesCreatingWithoutANameWithAProblem() throws Exception {
		mvc.perform(post("/api/v1/citizens").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content("""
				{"phone": "333 7654321"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void keepsCitizenRecordsFromRolesThatDoNotAnswerCitizens() throws Exception {
		mvc.perform(get("/api/v1/citizens").param("q", "nole").with(httpBasic("responsabile.agri-02", "responsabile.agri-02")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void correctsTheContactDetailsThroughTheApi() throws Exception {
		mvc.perform(put("/api/v1/citizens/{id}/contacts", anna.id()).with(OPERATOR).contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"333 765 4321\",\"email\":\"anna@example.org\",\"preferredChannel\":\"EMAIL\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("+393337654321"))
			.andExpect(jsonPath("$.email").value("anna@example.org"));
		mvc.perform(get("/api/v1/citizens/{id}", anna.id()).with(OPERATOR)).andExpect(jsonPath("$.preferredChannel").value("EMAIL"));
		mvc.perform(put("/api/v1/citizens/{id}/contacts", anna.id()).with(OPERATOR).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "it")
			.content("{\"phone\":\"12\",\"email\":\"non-una-mail\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("phone", "email")));
		mvc.perform(put("/api/v1/citizens/{id}/contacts", anna.id() + 1000).with(OPERATOR)
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/citizens/{id}/contacts", anna.id()).with(httpBasic("supporto.agri", "supporto.agri"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/citizens/{id}/contacts", anna.id()).with(httpBasic("responsabile", "responsabile"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
	}

	/** Department-scoped users see citizens through their department's tickets, not the whole registry. */
	@Test
	void keepsTheRegistryFromDepartmentScopedUsers() throws Exception {
		for (String user : new String[] { "supporto.salu", "urp.agri" }) {
			RequestPostProcessor as = httpBasic(user, user);
			mvc.perform(get("/api/v1/citizens").param("q", "nole").with(as)).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/citizens/{id}", anna.id()).with(as))
				.andExpect(status().isForbidden())
				.andExpect(content().string(Matchers.not(Matchers.containsString("Nol"))));
			mvc.perform(post("/api/v1/citizens").with(as).contentType(MediaType.APPLICATION_JSON)
				.content("{\"fiscalCode\":\"RSSMRA85T10A562S\"}")).andExpect(status().isForbidden());
		}
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(get("/api/v1/citizens").param("q", "nole")).andExpect(status().isUnauthorized());
		mvc.perform(get("/citizens/lookup").param("q", "nole").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void rendersTheLookUpFragmentWithTheDataTheConsoleNeeds() throws Exception {
		mvc.perform(get("/citizens/lookup").param("q", "NOLE")
			.session(login())
			.header("HX-Request", "true")
			.header("Accept-Language", "it"))
			.andExpect(status().isOk())
			.andExpect(view().name("citizens/lookup :: results"))
			.andExpect(content().string(Matchers.containsString("data-citizen-id=\"" + anna.id() + "\"")))
			.andExpect(content().string(Matchers.containsString("data-fiscal-code=\"RSSMRA85T10A562S\"")))
			.andExpect(content().string(Matchers.containsString("data-phone=\"+390971664002\"")))
			.andExpect(content().string(Matchers.containsString("data-preferred-channel=\"PHONE\"")))
			.andExpect(content().string(Matchers.containsString("data-kind=\"PERSON\"")))
			.andExpect(content().string(Matchers.containsString("1 cittadino trovato")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
	}

	@Test
	void asksForMoreTextBeforeSearching() throws Exception {
		mvc.perform(get("/citizens/lookup").param("q", "n").session(login()).header("Accept-Language", "it"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Digiti almeno due caratteri")));
	}

}
