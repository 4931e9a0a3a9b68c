package it.sportello.knowledge;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.knowledge.internal.SheetExpiry;
import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * S-KB6 by moving the clock: the scheduled job warns 30 days before a published sheet's last day (once for that day),
 * moves it to EXPIRED once its last day is over in Rome (not before), and the sheet is listed for its URP and the back
 * office to renew or archive. The demo sheets the job touched are put back as they were afterwards.
 */
@SportelloIntegrationTest
class SheetExpiryIntegrationTests {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@LocalServerPort
	int port;

	@Autowired
	SheetExpiry expiry;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	List<Map<String, Object>> sheetsBefore;

	long lastHistoryBefore;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		sheetsBefore = jdbc.queryForList("select id, state, version, expiry_warned_for from knowledge_sheet");
		lastHistoryBefore = jdbc.queryForObject("select coalesce(max(id), 0) from knowledge_sheet_history", Long.class);
	}

	@AfterEach
	void restore() {
		clock.reset();
		for (Map<String, Object> sheet : sheetsBefore) {
			jdbc.update("update knowledge_sheet set state = ?, version = ?, expiry_warned_for = ? where id = ?",
					sheet.get("state"), sheet.get("version"), sheet.get("expiry_warned_for"), sheet.get("id"));
		}
		jdbc.update("delete from knowledge_sheet_history where id > ? and by_user = 'sistema'", lastHistoryBefore);
	}

	@Test
	void aPublishedSheetIsWarnedThirtyDaysAheadOnceAndExpiresAtTheEndOfItsLastDayInRome() {
		LocalDate lastDay = LocalDate.now(ROME).plusDays(40);
		String id = publishedSheet(lastDay);

		at(lastDay.minusDays(31), LocalTime.NOON);
		assertThat(expiry.run().warned()).doesNotContain(id);
		assertThat(kinds("urp.agri", id)).isEmpty();

		at(lastDay.minusDays(30), LocalTime.NOON);
		assertThat(expiry.run().warned()).contains(id);
		assertThat(actions(id)).contains("EXPIRY_WARNING");
		assertThat(kinds("urp.agri", id)).containsExactly("RENEW");
		assertThat(kinds("backoffice", id)).containsExactly("RENEW");
		assertThat(kinds("supporto.agri", id)).isEmpty();
		// Once for that last day.
		at(lastDay.minusDays(29), LocalTime.NOON);
		assertThat(expiry.run().warned()).doesNotContain(id);

		at(lastDay, LocalTime.of(23, 30));
		assertThat(expiry.run().expired()).doesNotContain(id);
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets/" + id).status()).isEqualTo(200);

		at(lastDay.plusDays(1), LocalTime.of(0, 10));
		assertThat(expiry.run().expired()).contains(id);
		Response expired = api.get("responsabile", "/api/v1/knowledge/sheets/" + id);
		assertThat(expired.text("state")).isEqualTo("EXPIRED");
		JsonNode step = expired.body().path("history").get(expired.body().path("history").size() - 1);
		assertThat(step.path("action").asString()).isEqualTo("EXPIRE");
		assertThat(step.path("byUser").asString()).isEqualTo("sistema");
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets/" + id).status()).isEqualTo(404);
		assertThat(kinds("urp.agri", id)).containsExactly("RENEW");
		assertThat(expiry.run().expired()).doesNotContain(id);

		// Renewing is not built into the job: archiving takes it off the list.
		api.post("backoffice", "/api/v1/knowledge/sheets/" + id + "/archival", null);
		assertThat(kinds("urp.agri", id)).isEmpty();
	}

	private String publishedSheet(LocalDate lastDay) {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets",
				with(agriDraft("Contributo in scadenza"), "validUntil", lastDay.toString())).text("id");
		api.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/notice", null);
		assertThat(api.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/publication", null).text("state"))
			.isEqualTo("ACTIVE");
		return id;
	}

	private void at(LocalDate day, LocalTime time) {
		clock.set(day.atTime(time).atZone(ROME).toInstant());
	}

	private List<String> actions(String id) {
		List<String> actions = new ArrayList<>();
		api.get("responsabile", "/api/v1/knowledge/sheets/" + id)
			.body()
			.path("history")
			.forEach(step -> actions.add(step.path("action").asString()));
		return actions;
	}

	private List<String> kinds(String user, String id) {
		List<String> kinds = new ArrayList<>();
		for (JsonNode item : api.get(user, "/api/v1/knowledge/inbox").body().path("items")) {
			if (item.path("id").asString().equals(id)) {
				kinds.add(item.path("kind").asString());
			}
		}
		return kinds;
	}


}
