package it.sportello.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import it.sportello.support.PageSessions;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SportelloIntegrationTest
class DirectoryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private MockHttpSession login(String user) throws Exception {
		return PageSessions.loginAs(mvc, user);
	}

	@Test
	void theStructurePageShowsDepartmentsOfficesUrpsAndWebsites() throws Exception {
		mvc.perform(get("/structure").session(login("operatore")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dipartimento Programmazione e Finanze")))
			.andExpect(content().string(containsString("/structure/offices/PROG-URP")))
			.andExpect(content().string(containsString("https://www.regione.basilicata.example/dipartimenti/programmazione-finanze")));
	}

	@Test
	void officeAndPersonCardsShowContactsAndPeople() throws Exception {
		MockHttpSession operator = login("operatore");
		mvc.perform(get("/structure/offices/PROG-02").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption")))
			.andExpect(content().string(containsString("Rossi Giuseppe")));
		mvc.perform(get("/directory/employees/E0134").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2607")))
			.andExpect(content().string(containsString("Funzionario")));
	}

	@Test
	void thePrintableDirectoryIsDatedAndHasAPrintStylesheet() throws Exception {
		mvc.perform(get("/directory/print").session(login("operatore")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aggiornata al")))
			.andExpect(content().string(containsString("directory-print.css")))
			.andExpect(content().string(containsString("Rossi Giuseppe, Dott.")));
	}

	@Test
	void thePdfDirectoryRendersGroupedAndDatedWithExtensions() throws Exception {
		byte[] pdf = mvc.perform(get("/directory/print.pdf").session(login("operatore")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
			assertThat(document.getNumberOfPages()).isGreaterThan(9);
		}
		assertThat(text).contains("aggiornata al", "Dipartimento Programmazione e Finanze", "Rossi Giuseppe, Dott.",
				"2607", "0971 662607");
	}

	@Test
	void theChangesPageSaysInItalianWhatChangedFromWhatToWhatByWhomPageByPage() throws Exception {
		Api api = new Api(port);
		Map<String, Object> person = new java.util.HashMap<>(Map.of("id", "E9201", "firstName", "Carla", "lastName",
				"Storico", "position", "Funzionario", "officeCode", "PROG-02", "extension", "9921", "room", "stanza 1"));
		assertThat(api.post("admin", "/api/v1/employees", person).status()).isEqualTo(201);
		person.put("room", "stanza 2");
		assertThat(api.call(HttpMethod.PUT, "admin", "/api/v1/employees/E9201", person, Map.of()).status()).isEqualTo(200);
		assertThat(api.call(HttpMethod.DELETE, "admin", "/api/v1/employees/E9201", null, Map.of()).status()).isEqualTo(204);

		mvc.perform(get("/admin/directory/changes").param("key", "E9201").session(login("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Persona E9201: creazione")))
			.andExpect(content().string(containsString("Persona E9201: modifica")))
			.andExpect(content().string(containsString("Persona E9201: eliminazione")))
			.andExpect(content().string(containsString("<strong>Stanza</strong>")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*stanza 1</span>\\s*<span aria-hidden=\"true\">→</span>.*stanza 2</span>.*")))
			.andExpect(content().string(not(containsString("\"lastName\""))))
			.andExpect(content().string(not(containsString("UPDATED"))));
		mvc.perform(get("/admin/directory/changes").param("key", "E9201").param("page", "1").session(login("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nessuna modifica registrata")))
			.andExpect(content().string(containsString("Più recenti")));
	}

	@Test
	void onlyAdministratorsOpenTheAdminPages() throws Exception {
		mvc.perform(get("/admin/directory").session(login("operatore"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/directory/import").session(login("backoffice"))).andExpect(status().isForbidden());
		MockHttpSession admin = login("admin");
		mvc.perform(get("/admin/directory").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/directory/import").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/directory/changes").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/directory/employees/E0134").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Rossi\"")));
	}

	@Test
	void aRefusedFormShowsTheErrorNextToTheField() throws Exception {
		mvc.perform(post("/admin/directory/employees/E0134").session(login("admin"))
			.with(csrf())
			.param("firstName", "Giuseppe")
			.param("lastName", "Rossi")
			.param("position", "Funzionario")
			.param("officeCode", "PROG-02")
			.param("extension", "2001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"extension-error\"")))
			.andExpect(content().string(containsString("E0001")));
	}

	@Test
	void theImportPageChecksUploadedFilesAndShowsTheReport() throws Exception {
		byte[] bad = "id;first_name\nE1;x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/directory/import")
			.file(new org.springframework.mock.web.MockMultipartFile("employees", "employees.csv", "text/csv", bad))
			.session(login("admin"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("file mancante")))
			.andExpect(content().string(containsString("intestazione: mancano le colonne")));
	}

}
