package it.sportello.organization;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import it.sportello.support.PageSessions;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printed directory keeps every name, whatever its script: Latin with its diacritics, Greek, Cyrillic,
 * Arabic (right to left, shaped), Chinese; an emoji prints as a placeholder, never as nothing. The PDF is
 * tagged for screen readers (PDF/UA).
 */
@SportelloIntegrationTest
class DirectoryPdfScriptsIntegrationTests {

	/** Surname and first name of each person added for the test. */
	private static final Map<String, String[]> PEOPLE = new LinkedHashMap<>();

	static {
		PEOPLE.put("E9101", new String[] { "Ščepanović-Ñúñez", "Đorđe Łukasz Åsa Ægir Øyvind Œuvre Ğülşen İpek Żaneta Ő" });
		PEOPLE.put("E9102", new String[] { "Παπαδόπουλος", "Νίκος" });
		PEOPLE.put("E9103", new String[] { "Достоевский", "Юрий" });
		PEOPLE.put("E9104", new String[] { "العربي", "محمد" });
		PEOPLE.put("E9105", new String[] { "王", "小明" });
		PEOPLE.put("E9106", new String[] { "Sorriso", "Anna 🙂" });
	}

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeThePeople() {
		PEOPLE.keySet()
			.forEach(id -> new Api(port).call(HttpMethod.DELETE, "admin", "/api/v1/employees/" + id, null, Map.of()));
	}

	@Test
	void namesInEveryScriptArePrintedInATaggedPdf() throws Exception {
		Api api = new Api(port);
		int extension = 9911;
		for (Map.Entry<String, String[]> person : PEOPLE.entrySet()) {
			Api.Response created = api.post("admin", "/api/v1/employees",
					Map.of("id", person.getKey(), "lastName", person.getValue()[0], "firstName", person.getValue()[1],
							"position", "Funzionario", "officeCode", "PROG-02", "extension", String.valueOf(extension++)));
			assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		}
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		byte[] pdf = mvc.perform(get("/directory/print.pdf").session(operator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("it");
			// Shaped Arabic is written in presentation forms: compatibility decomposition reads them as letters.
			// A long name wraps in its cell: lines are joined as words.
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
				.replaceAll("\\s+", " ");
			for (String[] name : PEOPLE.values()) {
				if (!name[1].contains("🙂")) {
					assertThat(text).as(name[0]).contains(Normalizer.normalize(name[0], Normalizer.Form.NFKC))
						.contains(Normalizer.normalize(name[1], Normalizer.Form.NFKC));
				}
			}
			assertThat(text).as("the emoji leaves a mark").containsPattern("Sorriso Anna \\S");
		}
	}

}
