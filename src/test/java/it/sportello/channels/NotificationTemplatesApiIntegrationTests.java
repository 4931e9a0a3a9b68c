package it.sportello.channels;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** The manager edits the notification texts through the API, previews them, and nobody else may. */
@SportelloIntegrationTest
class NotificationTemplatesApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void builtInTextsAgain() {
		api.call(HttpMethod.DELETE, "responsabile", "/api/v1/notification-templates/ACKNOWLEDGEMENT/en", null, Map.of());
	}

	@Test
	void theManagerReplacesATemplateAndGoesBackToTheBuiltInText() {
		Api.Response saved = api.call(HttpMethod.PUT, "responsabile", "/api/v1/notification-templates/ACKNOWLEDGEMENT/en",
				Map.of("subject", "Request {number} received", "body", "Follow it at {link}."), Map.of());

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().path("custom").asBoolean()).isTrue();
		assertThat(api.get("responsabile", "/api/v1/notification-templates").body().valueStream()
			.filter(t -> t.path("kind").asString().equals("ACKNOWLEDGEMENT") && t.path("language").asString().equals("en"))
			.findFirst()
			.orElseThrow()
			.path("body")
			.asString()).isEqualTo("Follow it at {link}.");

		Api.Response reset = api.call(HttpMethod.DELETE, "responsabile",
				"/api/v1/notification-templates/ACKNOWLEDGEMENT/en", null, Map.of());
		assertThat(reset.body().path("custom").asBoolean()).isFalse();
		assertThat(reset.body().path("body").asString()).contains("{number}");
	}

	@Test
	void thePreviewFillsInExampleValues() {
		Api.Response preview = api.post("responsabile", "/api/v1/notification-templates/preview",
				Map.of("subject", "[Sportello {number}] Risposta", "body", "Risposta: {text}"));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.text("subject")).isEqualTo("[Sportello 2026-000042] Risposta");
		assertThat(preview.text("body")).startsWith("Risposta: Testo di esempio");
	}

	@Test
	void theBuiltInAnswerCarriesTheSurveyLinkAndThePreviewShowsAnExampleOfIt() {
		String answer = api.get("responsabile", "/api/v1/notification-templates").body().valueStream()
			.filter(t -> t.path("kind").asString().equals("ANSWER") && t.path("language").asString().equals("it"))
			.findFirst()
			.orElseThrow()
			.path("body")
			.asString();
		assertThat(answer).contains("{survey}");

		Api.Response preview = api.post("responsabile", "/api/v1/notification-templates/preview",
				Map.of("subject", "[Sportello {number}] Risposta", "body", answer));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.text("body")).contains("/sondaggio/").doesNotContain("{survey}");

		Api.Response saved = api.call(HttpMethod.PUT, "responsabile", "/api/v1/notification-templates/ANSWER/en",
				Map.of("subject", "Answer {number}", "body", "{text}\nHow did it go? {survey}"), Map.of());
		assertThat(saved.status()).isEqualTo(200);
		api.call(HttpMethod.DELETE, "responsabile", "/api/v1/notification-templates/ANSWER/en", null, Map.of());
	}

	@Test
	void anUnknownPlaceholderAnEmptyBodyOrAnUnknownKindIsA400NamingTheField() {
		Api.Response placeholder = api.call(HttpMethod.PUT, "responsabile",
				"/api/v1/notification-templates/ANSWER/it", Map.of("subject", "Risposta {nome}", "body", "x"), Map.of());
		Api.Response empty = api.call(HttpMethod.PUT, "responsabile", "/api/v1/notification-templates/ANSWER/it",
				Map.of("subject", "Risposta", "body", " "), Map.of());
		Api.Response kind = api.call(HttpMethod.PUT, "responsabile", "/api/v1/notification-templates/SALUTO/it",
				Map.of("subject", "Ciao", "body", "x"), Map.of());

		assertThat(placeholder.status()).isEqualTo(400);
		assertThat(placeholder.body().toString()).contains("subject").contains("{nome}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body().toString()).contains("body");
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.body().toString()).contains("kind");
	}

	@Test
	void onlyTheManagerChangesTemplates() {
		Api.Response operator = api.call(HttpMethod.PUT, "operatore", "/api/v1/notification-templates/ANSWER/it",
				Map.of("subject", "x", "body", "y"), Map.of());
		Api.Response admin = api.call(HttpMethod.PUT, "admin", "/api/v1/notification-templates/ANSWER/it",
				Map.of("subject", "x", "body", "y"), Map.of());

		assertThat(operator.status()).isEqualTo(403);
		assertThat(admin.status()).isEqualTo(403);
		assertThat(api.get("operatore", "/api/v1/notification-templates").status()).isEqualTo(403);
	}

}
