package it.sportello.channels;

import java.time.Duration;
import java.util.Map;

import it.sportello.channels.survey.Surveys;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S-Q3: a ticket closed with an answer gets a survey link; the citizen answers it once (two marks 1-5 and a comment);
 * the manager sees anonymous results per channel, level and department.
 */
@SportelloIntegrationTest
class SurveyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcTemplate jdbc;

	private String closedTicket(String subject) {
		Api api = new Api(port);
		Api.Response opened = api.post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", subject, "description",
						"Il cittadino chiede: " + subject, "citizen",
						Map.of("kind", "PERSON", "firstName", "Teresa", "lastName", "Fanelli", "phone", "0971 123987")));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		String number = opened.text("number");
		assertThat(api.post("operatore", "/api/v1/tickets/" + number + "/closure",
				Map.of("resolution", "Gli orari sono dal lunedì al venerdì, 9-13.")).status()).isEqualTo(200);
		return number;
	}

	private String token(String number) {
		String link = await().atMost(Duration.ofSeconds(20)).until(() -> surveys.linkFor(number).orElse(null),
				found -> found != null);
		assertThat(link).startsWith("/sondaggio/");
		return link.substring("/sondaggio/".length());
	}

	@Test
	void aClosedTicketGetsOneSurveyThatIsAnsweredOnceAndCountedAnonymously() {
		String number = closedTicket("Orari dell'ufficio tributi");
		String token = token(number);
		Api api = new Api(port);
		long before = phoneFirstLevelAnswers(api);

		Api.Response answered = api.post(null, "/api/v1/public/surveys/" + token,
				Map.of("usefulness", 5, "speed", 4, "comment", "Gentilissimi"));
		assertThat(answered.status()).isEqualTo(204);
		Api.Response again = api.post(null, "/api/v1/public/surveys/" + token, Map.of("usefulness", 1, "speed", 1));
		assertThat(again.status()).isEqualTo(409);

		assertThat(phoneFirstLevelAnswers(api)).isEqualTo(before + 1);
		Map<String, Object> stored = jdbc.queryForMap(
				"select * from survey_answer where comment = 'Gentilissimi' order by id desc limit 1");
		assertThat(stored.toString()).as("the answer names no ticket").doesNotContain(number).doesNotContain(token);
	}

	@Test
	void aMarkOutsideOneToFiveIsRefusedAndTheSurveyStaysOpen() {
		String token = token(closedTicket("Scadenza del bando giovani"));
		Api.Response refused = new Api(port).post(null, "/api/v1/public/surveys/" + token,
				Map.of("usefulness", 6, "speed", 3));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("usefulness");
		assertThat(surveys.isOpen(token)).isTrue();
	}

	@Test
	void anUnknownTokenIs404AndOnlyTheManagerReadsTheResults() {
		assertThat(new Api(port).post(null, "/api/v1/public/surveys/nessuno", Map.of("usefulness", 3, "speed", 3))
			.status()).isEqualTo(404);
		assertThat(new Api(port).get("operatore", "/api/v1/satisfaction").status()).isEqualTo(403);
	}

	private long phoneFirstLevelAnswers(Api api) {
		Api.Response results = api.get("responsabile", "/api/v1/satisfaction");
		assertThat(results.status()).isEqualTo(200);
		for (JsonNode group : results.body()) {
			if (group.path("channel").asString().equals("PHONE") && group.path("level").asString().equals("FIRST_LEVEL")
					&& group.path("departmentCode").isNull()) {
				return group.path("answers").asLong();
			}
		}
		return 0;
	}

}
