package it.sportello.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The knowledge files import strictly, all or nothing, idempotently, keeping their ids; the demo loads them. */
@SportelloIntegrationTest
class KnowledgeImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoLoadsEverySheetFaqAndProcedureUnderItsSourceId() {
		// Other tests in the shared context add records after the source's (SI-0078, FAQ-0211, ...).
		assertThat(countUpTo("knowledge_sheet", "SI-0077")).isEqualTo(77);
		assertThat(countUpTo("knowledge_faq", "FAQ-0210")).isEqualTo(210);
		assertThat(countUpTo("knowledge_procedure", "PR-0120")).isEqualTo(120);
		assertThat(jdbc.queryForObject("select procedure_id from knowledge_sheet where id = 'SI-0001'", String.class))
			.isEqualTo("PR-0001");
		assertThat(jdbc.queryForObject("select sheet_id from knowledge_faq where id = 'FAQ-0001'", String.class))
			.isEqualTo("SI-0001");
		assertThat(jdbc.queryForObject("select state from knowledge_sheet where id = 'SI-0025'", String.class))
			.isEqualTo("DRAFT");
		// Published sheets come in as a version signed by the import; drafts have none.
		assertThat(jdbc.queryForObject(
				"select count(*) from knowledge_sheet_version where published_by = 'import'", Integer.class))
			.isEqualTo(74);
		assertThat(jdbc.queryForObject("select count(*) from knowledge_sheet_version where sheet_id = 'SI-0025'",
				Integer.class))
			.isZero();
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() throws Exception {
		int versions = count("knowledge_sheet_version");
		int history = count("knowledge_sheet_history");

		upload(false, demo("sheets.json"), demo("procedures.json"), "admin").andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.sheets.created").value(0))
			.andExpect(jsonPath("$.sheets.updated").value(0))
			.andExpect(jsonPath("$.sheets.unchanged").value(77))
			.andExpect(jsonPath("$.faqs.unchanged").value(210))
			.andExpect(jsonPath("$.procedures.unchanged").value(120));

		assertThat(count("knowledge_sheet_version")).isEqualTo(versions);
		assertThat(count("knowledge_sheet_history")).isEqualTo(history);
	}

	@Test
	void aDryRunReportsWhatARunWouldDoAndWritesNothing() throws Exception {
		String sheets = "[" + newSheet("SI-9001", "FAQ-9001", "PROG", "PROG-02", "https://www.regione.basilicata.example") + "]";

		upload(true, sheets, null, "responsabile").andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.sheets.created").value(1))
			.andExpect(jsonPath("$.faqs.created").value(1));

		assertThat(jdbc.queryForObject("select count(*) from knowledge_sheet where id = 'SI-9001'", Integer.class))
			.isZero();
	}

	@Test
	void oneBadItemRefusesTheWholeRunAndEachProblemNamesItemFieldAndReason() throws Exception {
		String good = newSheet("SI-9002", "FAQ-9002", "PROG", "PROG-02", "https://www.regione.basilicata.example");
		String wrongOffice = newSheet("SI-9003", "FAQ-9003", "PROG", "AGRI-02", "javascript:alert(1)");
		String sheets = "[" + good + "," + wrongOffice + ", 42]";

		upload(false, sheets, null, "admin").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.problems[?(@.id == 'SI-9003' && @.field == 'office')].index").value(hasItem(1)))
			.andExpect(jsonPath("$.problems[?(@.id == 'SI-9003' && @.field == 'links[0].url')].message")
				.value(hasItem("Il collegamento deve essere un indirizzo http o https.")))
			.andExpect(jsonPath("$.problems[?(@.index == 2)].message").value(hasItem("Deve essere un oggetto JSON.")));

		assertThat(jdbc.queryForObject("select count(*) from knowledge_sheet where id in ('SI-9002', 'SI-9003')",
				Integer.class))
			.isZero();
	}

	@Test
	void malformedFieldsOfAProcedureAreEachReported() throws Exception {
		String procedures = """
				[{"id": "PR-X", "name": "", "description": "d", "department": "PROG", "office": "PROG-02",
				  "legal_basis": "l", "term_days": -3, "silence_assent": "no", "required_documents": [],
				  "fees": "f", "how_to_apply": "h", "responsible_employee_id": "E9999", "substitute_power": "s",
				  "keywords": [], "colour": "blue"}]""";

		upload(true, null, procedures, "admin").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("colour", "id",
					"name", "term_days", "silence_assent", "responsible_employee_id")));
	}

	@Test
	void onlyAdministratorsAndTheManagerMayImport() throws Exception {
		upload(true, demo("sheets.json"), null, "operatore").andExpect(status().isForbidden());
		upload(true, demo("sheets.json"), null, "backoffice").andExpect(status().isForbidden());
	}

	private ResultActions upload(boolean dryRun, String sheets, String procedures, String user) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/knowledge/imports");
		if (sheets != null) {
			request.file(new MockMultipartFile("sheets", "sheets.json", "application/json",
					sheets.getBytes(StandardCharsets.UTF_8)));
		}
		if (procedures != null) {
			request.file(new MockMultipartFile("procedures", "procedures.json", "application/json",
					procedures.getBytes(StandardCharsets.UTF_8)));
		}
		return mvc.perform(request.param("dryRun", String.valueOf(dryRun)).with(httpBasic(user, user)));
	}

	static String newSheet(String id, String faqId, String department, String office, String link) {
		return """
				{"id": "%s", "title": "Contributo di prova", "summary": "Sintesi", "body": "## Testo\\n\\nCorpo.",
				 "department": "%s", "office": "%s", "procedure": "PR-0001", "keywords": ["prova"],
				 "audience": ["cittadini"], "valid_from": "2026-01-01", "valid_until": null,
				 "links": [{"title": "Sito", "url": "%s"}], "attachments": [{"title": "Modulo", "kind": "MODULO"}],
				 "faq": [{"id": "%s", "question": "Domanda?", "answer": "Risposta."}], "status": "ACTIVE"}"""
			.formatted(id, department, office, link, faqId);
	}

	static String demo(String name) throws IOException {
		return new ClassPathResource("demo/knowledge/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

	private int countUpTo(String table, String lastSourceId) {
		Integer count = jdbc.queryForObject("select count(*) from " + table + " where id <= ?", Integer.class, lastSourceId);
		return count == null ? 0 : count;
	}

	private int count(String table) {
		Integer count = jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return count == null ? 0 : count;
	}

}
