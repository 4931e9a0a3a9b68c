package it.sportello.knowledge;

import java.nio.charset.StandardCharsets;

import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of a sheet in the shared attachment store: the type comes from the content, not the name; a type not allowed
 * or a body too large is refused with a message and nothing is attached; only a draft's editors attach, and only
 * those who see the sheet download.
 */
@SportelloIntegrationTest
class SheetFileIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void aFileIsAttachedToADraftWithTheTypeOfItsContentAndDownloadedByThoseWhoSeeTheSheet() throws Exception {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Contributo con modulo")).text("id");
		api.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);

		upload("urp.agri", id, "modulo.jpg", PDF, "Modulo di domanda", "MODULO")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.kind").value("MODULO"));
		var sheet = api.get("supporto.agri", "/api/v1/knowledge/sheets/" + id);
		assertThat(sheet.body().path("files").get(0).path("title").asString()).isEqualTo("Modulo di domanda");
		// A file is part of what the approvers sign: adding one voids the sign-off given.
		assertThat(sheet.body().path("signOffs").path("urpSignedBy").isNull()).isTrue();
		long fileId = sheet.body().path("files").get(0).path("id").asLong();

		mvc.perform(get("/api/v1/knowledge/sheets/" + id + "/files/" + fileId).with(httpBasic("supporto.agri", "supporto.agri")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/api/v1/knowledge/sheets/" + id + "/files/" + fileId).with(httpBasic("operatore", "operatore")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileOfATypeNotAllowedOrTooLargeOrByTheWrongRoleIsRefusedWithAReasonAndNothingIsAttached() throws Exception {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Contributo senza file")).text("id");
		byte[] program = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff };
		upload("urp.agri", id, "modulo.pdf", program, "Modulo", "MODULO")
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
		upload("urp.agri", id, "tabella.pdf", tooLarge, "Tabella", "TABELLA")
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		upload("urp.agri", id, "modulo.pdf", PDF, "Modulo", "FOTO").andExpect(status().isBadRequest());
		upload("operatore", id, "modulo.pdf", PDF, "Modulo", "MODULO").andExpect(status().isNotFound());
		upload("urp.salu", id, "modulo.pdf", PDF, "Modulo", "MODULO").andExpect(status().isNotFound());
		upload("urp.agri", "SI-0001", "modulo.pdf", PDF, "Modulo", "MODULO").andExpect(status().isForbidden());
		assertThat(api.get("urp.agri", "/api/v1/knowledge/sheets/" + id).body().path("files")).isEmpty();
	}

	private ResultActions upload(String user, String id, String name, byte[] bytes, String title, String kind)
			throws Exception {
		return mvc.perform(multipart("/api/v1/knowledge/sheets/" + id + "/files")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("title", title)
			.param("kind", kind)
			.with(httpBasic(user, user)));
	}

}
