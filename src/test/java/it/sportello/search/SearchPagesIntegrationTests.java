package it.sportello.search;

import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The one search box's page, the box on every page, and the thesaurus page of the back office. */
@SportelloIntegrationTest
class SearchPagesIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	private MockHttpSession login(String user) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(user)).andReturn().getRequest()
			.getSession(false);
	}

	@Test
	void everyPageHasTheBoxWithAnAccessKey() throws Exception {
		MockHttpSession operator = login("operatore");
		mvc.perform(get("/tickets").session(operator))
			.andExpect(content().string(containsString("id=\"nav-search-q\"")))
			.andExpect(content().string(containsString("accesskey=\"k\"")));
	}

	@Test
	void resultsComeAsTheOperatorTypesGroupedByTypeWithTheExtensionToCall() throws Exception {
		MockHttpSession operator = login("operatore");
		mvc.perform(get("/search").param("q", "caccia").header("HX-Request", "true").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Uffici")))
			.andExpect(content().string(containsString("Persone")))
			.andExpect(content().string(containsString("Ufficio Caccia, Pesca e Tutela della Fauna")))
			.andExpect(content().string(containsString("interno")));
		mvc.perform(get("/search").param("q", "Larocca zanzibar").session(operator))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Corrispondenza parziale: «zanzibar» non trovato.")));
	}

	@Test
	void theBackOfficeAddsAndRemovesThesaurusTermsOnItsPage() throws Exception {
		MockHttpSession backOffice = login("backoffice");
		mvc.perform(get("/admin/search-thesaurus").session(backOffice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("motorino")));
		mvc.perform(post("/admin/search-thesaurus").param("term", "zanzibar pagina").param("expansions", "caccia, pesca")
			.param("kind", "EVERYDAY").with(csrf()).session(backOffice))
			.andExpect(redirectedUrl("/admin/search-thesaurus"));
		Long id = jdbc.queryForObject("select id from search_synonym where term = 'zanzibar pagina'", Long.class);
		mvc.perform(post("/admin/search-thesaurus").param("term", "zanzibar pagina").param("expansions", "caccia")
			.with(csrf()).session(backOffice))
			.andExpect(redirectedUrl("/admin/search-thesaurus"));
		mvc.perform(post("/admin/search-thesaurus/" + id + "/delete").with(csrf()).session(backOffice))
			.andExpect(redirectedUrl("/admin/search-thesaurus"));
		mvc.perform(get("/admin/search-thesaurus").session(login("operatore"))).andExpect(status().isForbidden());
	}

}
