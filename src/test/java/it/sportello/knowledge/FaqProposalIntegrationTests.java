package it.sportello.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S-TT11: a ticket closed with an answer of common interest becomes a FAQ proposal without the citizen's personal
 * data, for the back office and the department of the sheet the answer quoted; the URP adds it to a draft as a new
 * FAQ, once.
 */
@SportelloIntegrationTest
class FaqProposalIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void anAnswerOfCommonInterestBecomesAProposalWithoutPersonalDataAndIsAddedToADraftOnce() {
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Contributo per le api", "description",
				"Mi chiamo Carmela Pace, codice fiscale PCEVTI90H20A662U, tel. 0971 123456, cell. +39 333 1234567, "
						+ "e-mail carmela.pace@example.it: come si chiede il contributo per le arnie?",
				"citizen", Map.of("kind", "PERSON", "firstName", "Carmela", "lastName", "Pace", "fiscalCode",
						"PCEVTI90H20A662U", "phone", "0971 123456", "preferredChannel", "PHONE")))
			.text("number");
		api.post("operatore", "/api/v1/tickets/" + number + "/escalation",
				Map.of("target", "BACK_OFFICE", "note", "Chiede del contributo per le arnie."));
		Response closed = api.post("backoffice", "/api/v1/tickets/" + number + "/closure",
				Map.of("resolution", "Gentile Carmela Pace, la domanda si presenta online entro il 31 marzo 2027.",
						"commonInterest", true, "quotedItems",
						List.of(Map.of("itemType", "SHEET", "itemId", "SI-0023", "version", 1))));
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);

		JsonNode proposal = await().atMost(Duration.ofSeconds(10))
			.until(() -> proposalOf("backoffice", number), found -> found != null);
		String question = proposal.path("question").asString();
		String answer = proposal.path("answer").asString();
		assertThat(question).doesNotContain("PCEVTI90H20A662U", "0971", "333", "carmela.pace", "Carmela", "Pace")
			.contains("[codice fiscale]", "[telefono]", "[e-mail]", "[nome]", "contributo per le arnie");
		assertThat(answer).doesNotContain("Carmela", "Pace").contains("entro il 31 marzo 2027");
		assertThat(proposal.path("sheetId").asString()).isEqualTo("SI-0023");
		assertThat(proposal.path("departmentCode").asString()).isEqualTo("AGRI");
		assertThat(proposalOf("urp.agri", number)).isNotNull();
		assertThat(proposalOf("urp.salu", number)).isNull();
		assertThat(api.get("operatore", "/api/v1/knowledge/inbox").body().path("items").toString())
			.doesNotContain("FAQ_PROPOSAL");
		assertThat(api.get("urp.agri", "/api/v1/knowledge/inbox").body().path("items").toString())
			.contains("FAQ_PROPOSAL");

		long id = proposal.path("id").asLong();
		String draft = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Contributo arnie")).text("id");
		Map<String, String> acceptance = Map.of("sheetId", draft, "question", "Come si chiede il contributo per le arnie?",
				"answer", "Online, entro il 31 marzo 2027.");
		assertThat(api.post("operatore", "/api/v1/knowledge/faq-proposals/" + id + "/acceptance", acceptance).status())
			.isEqualTo(403);
		assertThat(api.post("urp.agri", "/api/v1/knowledge/faq-proposals/" + id + "/acceptance",
				Map.of("sheetId", "SI-0023", "question", "Q?", "answer", "A.")).status()).isEqualTo(400);
		Response accepted = api.post("urp.agri", "/api/v1/knowledge/faq-proposals/" + id + "/acceptance", acceptance);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.text("state")).isEqualTo("ACCEPTED");
		String faqId = accepted.text("faqId");
		assertThat(api.get("urp.agri", "/api/v1/knowledge/sheets/" + draft).body().path("faq").toString())
			.contains(faqId, "Come si chiede il contributo per le arnie?");
		assertThat(proposalOf("urp.agri", number)).isNull();
		assertThat(api.post("backoffice", "/api/v1/knowledge/faq-proposals/" + id + "/dismissal", null).status())
			.isEqualTo(409);
	}

	private JsonNode proposalOf(String user, String number) {
		for (JsonNode proposal : api.get(user, "/api/v1/knowledge/faq-proposals").body()) {
			if (proposal.path("ticketNumber").asString().equals(number)) {
				return proposal;
			}
		}
		return null;
	}

}
