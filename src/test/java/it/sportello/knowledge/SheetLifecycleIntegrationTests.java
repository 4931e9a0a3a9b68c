package it.sportello.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet's way from a draft to the operators' screens through the API, with every role: sign-offs, notice,
 * publication and acknowledgement; refusals (403, 409, 412) that change nothing.
 */
@SportelloIntegrationTest
class SheetLifecycleIntegrationTests {

	static final String URP = "urp.agri";

	static final String SUPPORT = "supporto.agri";

	static final String HEAD = "responsabile.agri-02";

	static final String MANAGER = "responsabile";

	static final String INFORMATION_SOCIETY = "societa.informazione";

	static final String OPERATOR = "operatore";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void aDraftReachesOperatorsThroughBothSignOffsTheNoticeAndPublicationWithEachStepRecorded() {
		Response created = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per trattori nuovi"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(id).matches("SI-\\d{4}").isGreaterThan("SI-0077");
		assertThat(created.body().path("faq").get(0).path("id").asString()).matches("FAQ-\\d{4}").isGreaterThan("FAQ-0210");
		assertThat(created.text("state")).isEqualTo("DRAFT");
		assertThat(api.get(OPERATOR, sheet(id)).status()).isEqualTo(404);

		Response edited = api.call(HttpMethod.PUT, SUPPORT, sheet(id),
				with(agriDraft("Contributo per trattori nuovi"), "summary", "Chi può chiederlo e come."),
				Map.of(HttpHeaders.IF_MATCH, created.etag()));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.text("summary")).isEqualTo("Chi può chiederlo e come.");

		Response urpSigned = step(URP, id, "sign-off");
		assertThat(urpSigned.text("state")).isEqualTo("DRAFT");
		// Each step's answer carries the sheet's new entity tag, good for the next step's If-Match.
		Response approved = api.post(HEAD, sheet(id) + "/sign-off", null, Map.of(HttpHeaders.IF_MATCH, urpSigned.etag()));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("state")).isEqualTo("APPROVED");
		assertThat(approved.body().path("signOffs").path("urpSignedBy").asString()).isEqualTo(URP);
		assertThat(approved.body().path("signOffs").path("headSignedBy").asString()).isEqualTo(HEAD);

		assertThat(api.post(HEAD, sheet(id) + "/notice", Map.of("comment", "Scheda pronta")).text("state"))
			.isEqualTo("NOTIFIED");
		Response published = step(MANAGER, id, "publication");
		assertThat(published.text("state")).isEqualTo("ACTIVE");
		assertThat(published.body().path("publishedVersion").asInt()).isEqualTo(1);
		assertThat(published.body().path("versions")).hasSize(1);
		// Publication did not wait for the acknowledgement, which is recorded when it comes.
		Response acknowledged = step(INFORMATION_SOCIETY, id, "acknowledgement");
		assertThat(acknowledged.text("state")).isEqualTo("ACTIVE");
		assertThat(acknowledged.body().path("signOffs").path("acknowledgedBy").asString()).isEqualTo(INFORMATION_SOCIETY);

		Response seen = api.get(OPERATOR, sheet(id));
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.body().path("usable").asBoolean()).isTrue();
		assertThat(api.get(OPERATOR, sheet(id) + "/versions/1").text("summary")).isEqualTo("Chi può chiederlo e come.");
		assertThat(actions(seen.body().path("history"))).containsExactly("CREATE", "EDIT", "SIGN_OFF_AS_URP",
				"SIGN_OFF_AS_OFFICE_HEAD", "SEND_NOTICE", "PUBLISH", "ACKNOWLEDGE");
		assertThat(seen.body().path("history").get(4).path("byUser").asString()).isEqualTo(HEAD);
		assertThat(seen.body().path("history").get(4).path("comment").asString()).isEqualTo("Scheda pronta");
	}

	@Test
	void theWrongRoleIsForbiddenAndTheWrongStateConflictsInItalianAndNothingChanges() {
		Response created = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per serre"));
		String id = created.text("id");

		Response wrongRole = step("backoffice", id, "sign-off");
		assertThat(wrongRole.status()).isEqualTo(403);
		assertThat(wrongRole.headers().getContentType()).hasToString("application/problem+json");
		assertThat(wrongRole.text("detail")).isEqualTo("Il suo ruolo non consente di firmare come URP.");

		Response wrongState = step(MANAGER, id, "publication");
		assertThat(wrongState.status()).isEqualTo(409);
		assertThat(wrongState.text("detail")).isEqualTo("Non si può pubblicare la scheda: la scheda è in bozza.");

		Response notice = step(HEAD, id, "notice");
		assertThat(notice.status()).isEqualTo(409);

		Response after = api.get(URP, sheet(id));
		assertThat(after.text("state")).isEqualTo("DRAFT");
		assertThat(after.etag()).isEqualTo(created.etag());
		assertThat(actions(after.body().path("history"))).containsExactly("CREATE");
	}

	@Test
	void anEditAfterASignOffVoidsItSoTheOtherSignOffDoesNotApprove() {
		String id = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per frantoi")).text("id");
		step(URP, id, "sign-off");

		Response edited = api.call(HttpMethod.PUT, SUPPORT, sheet(id),
				with(agriDraft("Contributo per frantoi"), "body", "Testo cambiato dopo la firma."), Map.of());
		assertThat(edited.body().path("signOffs").path("urpSignedBy").isNull()).isTrue();
		assertThat(actions(edited.body().path("history"))).endsWith("EDIT", "SIGN_OFFS_VOIDED");

		assertThat(step(HEAD, id, "sign-off").text("state")).isEqualTo("DRAFT");
	}

	@Test
	void sendingBackNeedsACommentAndVoidsTheSignOffs() {
		String id = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per vigneti")).text("id");
		step(URP, id, "sign-off");

		Response withoutComment = step(HEAD, id, "send-back");
		assertThat(withoutComment.status()).isEqualTo(400);
		assertThat(withoutComment.text("detail")).isEqualTo("Per rimandare indietro la scheda scriva un commento.");

		Response sentBack = api.post(HEAD, sheet(id) + "/send-back", Map.of("comment", "Manca il termine"));
		assertThat(sentBack.status()).isEqualTo(200);
		assertThat(sentBack.text("state")).isEqualTo("DRAFT");
		assertThat(sentBack.body().path("signOffs").path("urpSignedBy").isNull()).isTrue();
	}

	@Test
	void anEditWithAStaleEntityTagIsRefusedWith412AndKeepsTheOtherText() {
		Response created = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per stalle"));
		String id = created.text("id");
		Response first = api.call(HttpMethod.PUT, URP, sheet(id), with(agriDraft("Contributo per stalle"), "summary",
				"Prima modifica."), Map.of(HttpHeaders.IF_MATCH, created.etag()));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.etag()).isNotEqualTo(created.etag());

		Response stale = api.call(HttpMethod.PUT, SUPPORT, sheet(id), with(agriDraft("Contributo per stalle"), "summary",
				"Seconda modifica."), Map.of(HttpHeaders.IF_MATCH, created.etag()));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(api.get(URP, sheet(id)).text("summary")).isEqualTo("Prima modifica.");
	}

	@Test
	void aDraftOfAnotherDepartmentIsNotFoundAndItsSignOffIsRefused() {
		String id = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per apiari")).text("id");

		assertThat(api.get("urp.prog", sheet(id)).status()).isEqualTo(404);
		assertThat(step("urp.prog", id, "sign-off").status()).isEqualTo(404);
		assertThat(step("responsabile.salu-01", id, "sign-off").status()).isEqualTo(404);
	}

	private Response step(String user, String id, String step) {
		return api.post(user, sheet(id) + "/" + step, null);
	}

	static String sheet(String id) {
		return "/api/v1/knowledge/sheets/" + id;
	}

	static List<String> actions(JsonNode history) {
		List<String> actions = new ArrayList<>();
		history.forEach(entry -> actions.add(entry.path("action").asString()));
		return actions;
	}

}
