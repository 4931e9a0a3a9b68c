package it.sportello.knowledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.Burst;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Information needs (S-AC1) through the API and the board: opened by the URP or an office head, the support engaged by
 * the URP, the draft started from the need, the need following its sheet's way; refusals change nothing. Also new ids
 * of a series taken by many writers at once.
 */
@SportelloIntegrationTest
class InformationNeedIntegrationTests {

	static final String URP = "urp.agri";

	static final String SUPPORT = "supporto.agri";

	static final String HEAD = "responsabile.agri-02";

	static final String NEEDS = "/api/v1/knowledge/needs";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	static Map<String, Object> need(String subject) {
		Map<String, Object> need = new LinkedHashMap<>();
		need.put("officeCode", "AGRI-02");
		need.put("subject", subject);
		need.put("reason", "Esce il bando per i giovani agricoltori e i cittadini chiameranno.");
		need.put("neededBy", LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(20).toString());
		return need;
	}

	@Test
	void aNeedGoesFromDetectionToTheDraftSheetAndFollowsItsSheetOnTheBoard() {
		Response opened = api.post(URP, NEEDS, need("Bando giovani agricoltori"));
		assertThat(opened.status()).isEqualTo(201);
		String id = opened.text("id");
		assertThat(id).matches("EI-\\d{4}");
		assertThat(opened.text("stage")).isEqualTo("OPEN");
		assertThat(opened.text("departmentCode")).isEqualTo("AGRI");
		assertThat(opened.body().path("actions").toString()).contains("ENGAGE_SUPPORT");

		// The support cannot start the draft before the URP engages it; the support cannot engage itself.
		assertThat(api.post(SUPPORT, NEEDS + "/" + id + "/draft", null).status()).isEqualTo(409);
		assertThat(api.post(SUPPORT, NEEDS + "/" + id + "/engagement", null).status()).isEqualTo(403);

		Response engaged = api.post(URP, NEEDS + "/" + id + "/engagement", null,
				Map.of(HttpHeaders.IF_MATCH, opened.etag()));
		assertThat(engaged.status()).isEqualTo(200);
		assertThat(engaged.text("stage")).isEqualTo("SUPPORT_ENGAGED");
		assertThat(engaged.text("engagedBy")).isEqualTo(URP);
		assertThat(api.post(URP, NEEDS + "/" + id + "/engagement", null).status()).isEqualTo(409);
		// A stale copy of the need: 412, nothing done.
		assertThat(api.post(SUPPORT, NEEDS + "/" + id + "/draft", null, Map.of(HttpHeaders.IF_MATCH, opened.etag()))
			.status()).isEqualTo(412);

		Response drafted = api.post(SUPPORT, NEEDS + "/" + id + "/draft", null);
		assertThat(drafted.status()).isEqualTo(200);
		assertThat(drafted.text("stage")).isEqualTo("DRAFTING");
		String sheetId = drafted.text("sheetId");
		assertThat(sheetId).matches("SI-\\d{4}");
		Response sheet = api.get(SUPPORT, "/api/v1/knowledge/sheets/" + sheetId);
		assertThat(sheet.text("state")).isEqualTo("DRAFT");
		assertThat(sheet.text("title")).isEqualTo("Bando giovani agricoltori");
		assertThat(sheet.text("officeCode")).isEqualTo("AGRI-02");
		assertThat(api.post(URP, NEEDS + "/" + id + "/draft", null).status()).isEqualTo(409);

		// The sheet's sign-offs move the need along the board.
		api.post(URP, "/api/v1/knowledge/sheets/" + sheetId + "/sign-off", null);
		api.post(HEAD, "/api/v1/knowledge/sheets/" + sheetId + "/sign-off", null);
		assertThat(api.get(URP, NEEDS + "/" + id).text("stage")).isEqualTo("APPROVED");
		Response board = api.get("responsabile", NEEDS + "?stage=APPROVED");
		assertThat(board.body().findValuesAsString("id")).contains(id);
	}

	@Test
	void anOfficeHeadOpensANeedForTheUrpAndOthersAreRefusedOrDoNotSeeIt() {
		Response byHead = api.post(HEAD, NEEDS, need("Nuove regole per il patentino"));
		assertThat(byHead.status()).isEqualTo(201);
		String id = byHead.text("id");
		assertThat(byHead.text("openedBy")).isEqualTo(HEAD);
		assertThat(api.get(URP, "/api/v1/knowledge/inbox").body().path("items").toString())
			.contains("\"ENGAGE_SUPPORT\"", id);

		assertThat(api.post("operatore", NEEDS, need("Altro")).status()).isEqualTo(403);
		assertThat(api.post("supporto.agri", NEEDS, need("Altro")).status()).isEqualTo(403);
		Response otherDepartment = api.post("urp.salu", NEEDS, need("Altro"));
		assertThat(otherDepartment.status()).isEqualTo(403);
		assertThat(otherDepartment.text("detail")).contains("AGRI-02");
		assertThat(api.get("urp.salu", NEEDS + "/" + id).status()).isEqualTo(404);
		assertThat(api.get("operatore", NEEDS + "/" + id).status()).isEqualTo(404);
		assertThat(api.get("urp.salu", NEEDS).body().findValuesAsString("id")).doesNotContain(id);

		Map<String, Object> past = need("Scaduta");
		past.put("neededBy", "2020-01-01");
		Response refused = api.post(URP, NEEDS, past);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("neededBy");
		Map<String, Object> unknownProcedure = need("Procedimento sconosciuto");
		unknownProcedure.put("procedureId", "PR-9999");
		assertThat(api.post(URP, NEEDS, unknownProcedure).status()).isEqualTo(400);
		Map<String, Object> missing = need("Senza motivo");
		missing.remove("reason");
		assertThat(api.post(URP, NEEDS, missing).status()).isEqualTo(400);
	}

	@Test
	void theBoardPageShowsEachNeedInItsColumnAndOpensANeedWithItsForm() throws Exception {
		String id = api.post(URP, NEEDS, need("Sportello itinerante")).text("id");
		mvc.perform(get("/knowledge/needs").session(PageSessions.loginAs(mvc, URP)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"" + id + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-stage=\"SUPPORT_ENGAGED\"")));

		mvc.perform(post("/knowledge/needs").session(PageSessions.loginAs(mvc, URP)).with(csrf())
			.param("officeCode", "AGRI-02")
			.param("subject", "Dal modulo della pagina")
			.param("reason", "Perché sì")
			.param("neededBy", LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(3).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(api.get(URP, NEEDS).body().findValuesAsString("subject")).contains("Dal modulo della pagina");

		// A refused form keeps what was typed and says why.
		mvc.perform(post("/knowledge/needs").session(PageSessions.loginAs(mvc, URP)).with(csrf())
			.param("officeCode", "AGRI-02")
			.param("subject", "Testo da non perdere")
			.param("reason", "")
			.param("neededBy", "2030-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Testo da non perdere")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Campo obbligatorio")));
	}

	@Test
	void manyDraftsStartedAtOnceEachGetTheirOwnIdOfTheSeriesWithoutAnError() {
		String body = new JsonMapper().writeValueAsString(agriDraft("Bozza in parallelo"));
		String token = api.token(URP);
		var answers = Burst.send(8, i -> java.net.http.HttpRequest.newBuilder()
			.uri(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/knowledge/sheets"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build());
		Set<String> ids = new TreeSet<>();
		for (var answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
			if (answer.statusCode() == 201) {
				ids.add(new JsonMapper().readTree(answer.body()).path("id").asString());
			}
			else {
				assertThat(answer.body()).contains("riprovi");
			}
		}
		assertThat(answers.stream().filter(answer -> answer.statusCode() == 201).count()).isEqualTo(ids.size());
		assertThat(ids).hasSizeGreaterThanOrEqualTo(answers.size() / 2);

		List<Response> needs = IntStream.range(0, 4).parallel().mapToObj(i -> api.post(URP, NEEDS, need("Parallela " + i))).toList();
		assertThat(needs).allSatisfy(response -> assertThat(response.status()).isIn(201, 409));
		assertThat(needs.stream().filter(r -> r.status() == 201).map(r -> r.text("id")).distinct().count())
			.isEqualTo(needs.stream().filter(r -> r.status() == 201).count());
	}

}
