package it.sportello.knowledge;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision of a published sheet through the API: operators keep the version in use until the revision is
 * published; an edit voids the revision's sign-offs; only a change marked substantial repeats the notice and the
 * training; an expired sheet is renewed the same way; refusals (403, 409, 412) change nothing; the diff against the
 * published version.
 */
@SportelloIntegrationTest
class SheetRevisionIntegrationTests {

	static final String URP = "urp.agri";

	static final String SUPPORT = "supporto.agri";

	static final String HEAD = "responsabile.agri-02";

	static final String MANAGER = "responsabile";

	static final String OPERATOR = "operatore";

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void operatorsKeepTheVersionInUseUntilTheSignedRevisionIsPublishedAsANonSubstantialVersion() {
		String id = published(agriDraft("Contributo per frantoi"));
		Response opened = api.post(SUPPORT, sheet(id) + "/revision", null);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.text("state")).isEqualTo("ACTIVE");
		assertThat(opened.body().path("revision").path("stage").asString()).isEqualTo("DRAFT");

		Map<String, Object> revised = with(agriDraft("Contributo per frantoi"), "summary", "Come chiedere il contributo entro marzo.");
		List<Object> faq = new ArrayList<>(opened.body().path("revision").path("draft").path("faq").valueStream()
			.map(item -> (Object) Map.of("id", item.path("id").asString(), "question", item.path("question").asString(),
					"answer", item.path("answer").asString()))
			.toList());
		faq.add(Map.of("question", "Fino a quando?", "answer", "Fino al 31 marzo."));
		revised = with(revised, "faq", faq);
		Response edited = api.call(HttpMethod.PUT, SUPPORT, sheet(id) + "/revision", revised,
				Map.of(HttpHeaders.IF_MATCH, opened.etag()));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.text("summary")).isEqualTo("Come chiedere il contributo.");
		assertThat(edited.body().path("revision").path("draft").path("summary").asString())
			.isEqualTo("Come chiedere il contributo entro marzo.");

		Response operatorView = api.get(OPERATOR, sheet(id));
		assertThat(operatorView.text("summary")).isEqualTo("Come chiedere il contributo.");
		assertThat(operatorView.body().path("revision").isNull()).isTrue();
		assertThat(operatorView.body().path("usable").asBoolean()).isTrue();
		assertThat(api.get(OPERATOR, sheet(id) + "/diff").status()).isEqualTo(404);

		api.post(URP, sheet(id) + "/revision/sign-off", null);
		Response approved = api.post(HEAD, sheet(id) + "/revision/sign-off", null);
		assertThat(approved.body().path("revision").path("stage").asString()).isEqualTo("APPROVED");
		assertThat(api.get(OPERATOR, sheet(id)).text("summary")).isEqualTo("Come chiedere il contributo.");
		// Not substantial: no notice to send, publication straight away.
		assertThat(api.post(HEAD, sheet(id) + "/revision/notice", null).status()).isEqualTo(409);

		Response published = api.post(MANAGER, sheet(id) + "/revision/publication", null);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().path("publishedVersion").asInt()).isEqualTo(2);
		assertThat(published.body().path("revision").isNull()).isTrue();
		assertThat(published.body().path("signOffs").path("urpSignedBy").asString()).isEqualTo(URP);
		assertThat(published.body().path("faq").get(1).path("id").asString()).matches("FAQ-\\d{4}");
		Response seen = api.get(OPERATOR, sheet(id));
		assertThat(seen.text("summary")).isEqualTo("Come chiedere il contributo entro marzo.");
		assertThat(api.get(OPERATOR, sheet(id) + "/versions/1").text("summary")).isEqualTo("Come chiedere il contributo.");
		assertThat(api.get(OPERATOR, sheet(id) + "/versions/2").body().path("substantial").asBoolean()).isFalse();
		assertThat(SheetLifecycleIntegrationTests.actions(seen.body().path("history"))).endsWith("REVISE", "EDIT_REVISION",
				"REVISION_SIGN_OFF_AS_URP", "REVISION_SIGN_OFF_AS_HEAD", "PUBLISH_REVISION");
		// The training is skipped for a change that is not substantial.
		Response training = api.post(MANAGER, "/api/v1/knowledge/trainings", TrainingIntegrationTests.training(id));
		assertThat(training.status()).isEqualTo(409);
		assertThat(training.text("detail")).contains("non è una modifica sostanziale");
	}

	@Test
	void anEditOfTheRevisionVoidsItsSignOffsSoTheOtherSignOffDoesNotApprove() {
		String id = published(agriDraft("Contributo per vivai"));
		api.post(URP, sheet(id) + "/revision", null);
		assertThat(api.post(URP, sheet(id) + "/revision/sign-off", null).body().path("revision").path("urpSignedBy")
			.asString()).isEqualTo(URP);
		Response edited = api.call(HttpMethod.PUT, SUPPORT, sheet(id) + "/revision",
				with(agriDraft("Contributo per vivai"), "body", "Testo nuovo."), Map.of());
		assertThat(edited.body().path("revision").path("urpSignedBy").isNull()).isTrue();
		assertThat(SheetLifecycleIntegrationTests.actions(edited.body().path("history"))).endsWith("EDIT_REVISION",
				"SIGN_OFFS_VOIDED");
		Response headSigned = api.post(HEAD, sheet(id) + "/revision/sign-off", null);
		assertThat(headSigned.body().path("revision").path("stage").asString()).isEqualTo("DRAFT");
		assertThat(api.post(MANAGER, sheet(id) + "/revision/publication", null).status()).isEqualTo(409);
	}

	@Test
	void aSubstantialRevisionIsNotifiedBeforePublicationAndItsTrainingIsRepeated() {
		String id = published(agriDraft("Contributo per cantine"));
		api.post(URP, sheet(id) + "/revision", null);
		api.call(HttpMethod.PUT, URP, sheet(id) + "/revision",
				with(agriDraft("Contributo per cantine"), "body", "Cambiano i requisiti."), Map.of());
		assertThat(api.post(SUPPORT, sheet(id) + "/revision/substantial", null).status()).isEqualTo(403);
		Response marked = api.post(HEAD, sheet(id) + "/revision/substantial", null);
		assertThat(marked.body().path("revision").path("substantial").asBoolean()).isTrue();
		assertThat(marked.body().path("revision").path("substantialBy").asString()).isEqualTo(HEAD);
		api.post(URP, sheet(id) + "/revision/sign-off", null);
		api.post(HEAD, sheet(id) + "/revision/sign-off", null);

		Response early = api.post(MANAGER, sheet(id) + "/revision/publication", null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("detail")).contains("va prima inviata la comunicazione");
		Response notified = api.post(HEAD, sheet(id) + "/revision/notice", Map.of("comment", "Cambiano i requisiti"));
		assertThat(notified.body().path("revision").path("stage").asString()).isEqualTo("NOTIFIED");
		assertThat(api.post("societa.informazione", sheet(id) + "/acknowledgement", null).status()).isEqualTo(200);

		Response published = api.post(MANAGER, sheet(id) + "/revision/publication", null);
		assertThat(published.status()).isEqualTo(200);
		assertThat(api.get(OPERATOR, sheet(id)).text("body")).isEqualTo("Cambiano i requisiti.");
		assertThat(api.get(OPERATOR, sheet(id) + "/versions/2").body().path("substantial").asBoolean()).isTrue();
		assertThat(api.post(MANAGER, "/api/v1/knowledge/trainings", TrainingIntegrationTests.training(id)).status())
			.isEqualTo(201);
	}

	@Test
	void refusedRevisionStepsAnswer403Or409Or412AndChangeNothing() {
		String id = published(agriDraft("Contributo per apiari"));
		Response before = api.get(URP, sheet(id));

		Response operator = api.post(OPERATOR, sheet(id) + "/revision", null);
		assertThat(operator.status()).isEqualTo(403);
		assertThat(operator.text("detail")).isEqualTo("Il suo ruolo non consente di rivedere la scheda pubblicata.");
		assertThat(api.post("urp.salu", sheet(id) + "/revision", null).status()).isEqualTo(403);
		Response stale = api.post(URP, sheet(id) + "/revision", null, Map.of(HttpHeaders.IF_MATCH, "\"0\""));
		assertThat(stale.status()).isEqualTo(412);
		Response noRevision = api.post(URP, sheet(id) + "/revision/sign-off", null);
		assertThat(noRevision.status()).isEqualTo(409);
		assertThat(noRevision.text("detail"))
			.isEqualTo("Non è possibile firmare la revisione come URP: la revisione è assente (nessuna revisione aperta).");
		assertThat(api.get(URP, sheet(id)).etag()).isEqualTo(before.etag());

		api.post(URP, sheet(id) + "/revision", null);
		assertThat(api.post(SUPPORT, sheet(id) + "/revision", null).status()).isEqualTo(409);
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Bozza mai pubblicata"));
		assertThat(api.post(URP, sheet(draft.text("id")) + "/revision", null).status()).isEqualTo(409);
		assertThat(api.get(URP, sheet(draft.text("id")) + "/diff").status()).isEqualTo(404);
		Response sendBack = api.post(URP, sheet(id) + "/revision/send-back", null);
		assertThat(sendBack.status()).isEqualTo(400);
	}

	@Test
	void anExpiredSheetIsRenewedByARevisionWithANewValidity() {
		LocalDate today = LocalDate.now(clock.withZone(ROME));
		String id = published(with(agriDraft("Contributo stagionale"), "validUntil", today.plusDays(1).toString()));
		clock.set(today.plusDays(3).atTime(LocalTime.NOON).atZone(ROME).toInstant());
		assertThat(api.post(MANAGER, sheet(id) + "/expiry", null).text("state")).isEqualTo("EXPIRED");
		assertThat(api.get(OPERATOR, sheet(id)).status()).isEqualTo(404);

		api.post(URP, sheet(id) + "/revision", null);
		api.post(URP, sheet(id) + "/revision/sign-off", null);
		api.post(HEAD, sheet(id) + "/revision/sign-off", null);
		Response stillOver = api.post(MANAGER, sheet(id) + "/revision/publication", null);
		assertThat(stillOver.status()).isEqualTo(409);
		assertThat(stillOver.text("detail")).contains("indicare una nuova validità");

		// An approved revision is not edited: an approver sends it back first.
		assertThat(api.post(HEAD, sheet(id) + "/revision/send-back", Map.of("comment", "Serve una nuova validità"))
			.body().path("revision").path("stage").asString()).isEqualTo("DRAFT");
		assertThat(api.call(HttpMethod.PUT, URP, sheet(id) + "/revision", with(agriDraft("Contributo stagionale"),
				"validUntil", today.plusYears(1).toString()), Map.of()).status()).isEqualTo(200);
		api.post(URP, sheet(id) + "/revision/sign-off", null);
		api.post(HEAD, sheet(id) + "/revision/sign-off", null);
		Response renewed = api.post(MANAGER, sheet(id) + "/revision/publication", null);
		assertThat(renewed.status()).as(renewed.body().toString()).isEqualTo(200);
		assertThat(renewed.text("state")).isEqualTo("ACTIVE");
		assertThat(renewed.body().path("publishedVersion").asInt()).isEqualTo(2);
		assertThat(api.get(OPERATOR, sheet(id)).body().path("usable").asBoolean()).isTrue();
	}

	@Test
	void theDiffShowsWordsAndLinesChangedSinceThePublishedVersion() {
		String id = published(agriDraft("Contributo per serre fredde"));
		api.post(URP, sheet(id) + "/revision", null);
		Map<String, Object> revised = new LinkedHashMap<>(agriDraft("Contributo per serre calde"));
		revised.put("body", "## Cos'è\n\nUn contributo per le aziende agricole.\n\nDomande entro il 31 marzo.");
		api.call(HttpMethod.PUT, URP, sheet(id) + "/revision", revised, Map.of());

		Response diff = api.get(HEAD, sheet(id) + "/diff");
		assertThat(diff.status()).isEqualTo(200);
		assertThat(diff.text("target")).isEqualTo("REVISION");
		assertThat(diff.body().path("base").asInt()).isEqualTo(1);
		JsonNode title = field(diff.body(), "title");
		assertThat(title.path("changed").asBoolean()).isTrue();
		assertThat(segments(title)).containsExactly("EQUAL:Contributo per serre ", "DELETE:fredde", "INSERT:calde");
		JsonNode body = field(diff.body(), "body");
		assertThat(segments(body)).contains("INSERT:\nDomande entro il 31 marzo.\n");
		assertThat(field(diff.body(), "summary").path("changed").asBoolean()).isFalse();
		assertThat(field(diff.body(), "validity").path("changed").asBoolean()).isFalse();
	}

	private static JsonNode field(JsonNode diff, String name) {
		return diff.path("fields").valueStream().filter(f -> f.path("field").asString().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> segments(JsonNode field) {
		return field.path("segments").valueStream().map(s -> s.path("kind").asString() + ":" + s.path("text").asString()).toList();
	}

	/** A sheet of AGRI-02 through its whole first lifecycle, published as version 1. */
	private String published(Map<String, Object> draft) {
		String id = api.post(URP, "/api/v1/knowledge/sheets", draft).text("id");
		api.post(URP, sheet(id) + "/sign-off", null);
		api.post(HEAD, sheet(id) + "/sign-off", null);
		api.post(HEAD, sheet(id) + "/notice", null);
		assertThat(api.post(MANAGER, sheet(id) + "/publication", null).text("state")).isEqualTo("ACTIVE");
		return id;
	}

	static String sheet(String id) {
		return "/api/v1/knowledge/sheets/" + id;
	}

}
