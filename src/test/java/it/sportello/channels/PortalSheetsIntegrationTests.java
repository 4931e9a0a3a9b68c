package it.sportello.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.UsableSheet;
import it.sportello.shared.attachments.Attachments;
import it.sportello.support.Api;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's information sheets and FAQ, public: only the sheets operators may answer from today are listed and
 * readable; a draft, an expired sheet or one whose validity ended answers 404 on the page and in the API; filters and
 * search narrow the list; the API gives no field of the editors' work.
 */
@SportelloIntegrationTest
class PortalSheetsIntegrationTests {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@LocalServerPort
	int port;

	@Autowired
	Knowledge knowledge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Attachments attachments;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	Api api() {
		return new Api(port);
	}

	@Test
	void theListHasExactlyTheSheetsUsableTodayAndNoDraftOrExpiredOne() {
		Set<String> listed = listedIds("");
		Set<String> usable = new HashSet<>();
		knowledge.usableSheets(0, 1000).forEach(sheet -> usable.add(sheet.id()));
		assertThat(usable).isNotEmpty();
		assertThat(listed).isEqualTo(usable);
		List<String> notUsable = jdbc.queryForList(
				"select id from knowledge_sheet where state in ('DRAFT', 'EXPIRED', 'ARCHIVED')", String.class);
		assertThat(notUsable).isNotEmpty();
		assertThat(listed).doesNotContainAnyElementsOf(notUsable);
	}

	@Test
	void aDraftOrExpiredSheetIsNotFoundOnThePortalPageNorInTheApi() throws Exception {
		List<String> notUsable = jdbc.queryForList(
				"select id from knowledge_sheet where state in ('DRAFT', 'EXPIRED') order by id", String.class);
		assertThat(notUsable).isNotEmpty();
		for (String id : notUsable) {
			HttpResponse<String> page = page("/portale/schede/" + id);
			assertThat(page.statusCode()).as(id).isEqualTo(404);
			assertThat(page.body()).contains("Scheda non disponibile");
			String title = jdbc.queryForObject("select title from knowledge_sheet where id = ?", String.class, id);
			assertThat(page.body()).as("the draft's title is not shown").doesNotContain(escaped(title));

			Api.Response read = api().get(null, "/api/v1/public/sheets/" + id);
			assertThat(read.status()).as(id).isEqualTo(404);
			assertThat(read.headers().getContentType()).hasToString("application/problem+json");
			assertThat(read.text("detail")).contains("non è disponibile");
		}
		assertThat(page("/portale/schede/SI-9999").statusCode()).isEqualTo(404);
	}

	@Test
	void aSheetIsReadableOnItsLastDayAndNotFoundTheDayAfter() throws Exception {
		UsableSheet ending = knowledge.usableSheets(0, 1000)
			.stream()
			.filter(sheet -> sheet.validUntil() != null)
			.findFirst()
			.orElseThrow();
		LocalDate lastDay = ending.validUntil();
		clock.set(lastDay.atTime(LocalTime.of(23, 30)).atZone(ROME).toInstant());
		assertThat(page("/portale/schede/" + ending.id()).statusCode()).isEqualTo(200);
		assertThat(listedIds("")).contains(ending.id());

		clock.set(lastDay.plusDays(1).atTime(LocalTime.of(0, 30)).atZone(ROME).toInstant());
		assertThat(page("/portale/schede/" + ending.id()).statusCode()).isEqualTo(404);
		assertThat(api().get(null, "/api/v1/public/sheets/" + ending.id()).status()).isEqualTo(404);
		assertThat(listedIds("")).doesNotContain(ending.id());
	}

	@Test
	void aSheetPageShowsTheTextAndTheFaqOfTheVersionInUse() throws Exception {
		UsableSheet sheet = knowledge.usableSheets(0, 1000)
			.stream()
			.filter(s -> !s.faq().isEmpty())
			.findFirst()
			.orElseThrow();
		HttpResponse<String> page = page("/portale/schede/" + sheet.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(escaped(sheet.title()));
		for (UsableSheet.Faq faq : sheet.faq()) {
			assertThat(page.body()).contains(escaped(faq.question()));
		}

		Api.Response read = api().get(null, "/api/v1/public/sheets/" + sheet.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("title")).isEqualTo(sheet.title());
		assertThat(read.body().path("faq")).hasSize(sheet.faq().size());
		assertThat(read.text("bodyHtml")).contains("<h2>").doesNotContain("## ");
		List<String> fields = new ArrayList<>(read.body().propertyNames());
		assertThat(fields).containsExactlyInAnyOrder("id", "version", "title", "summary", "body", "bodyHtml",
				"department", "officeName", "audience", "keywords", "validFrom", "validUntil", "faq", "links",
				"attachments");
	}

	@Test
	void aUsableSheetShowsItsLinksAndAttachmentsAndTheFileDownloadsAsAnAttachment() throws Exception {
		UsableSheet sheet = knowledge.usableSheets(0, 1000)
			.stream()
			.filter(s -> !s.links().isEmpty())
			.findFirst()
			.orElseThrow();
		long fileId = attach(sheet.id(), "Modulo di domanda", "domanda.pdf");
		try {
			Api.Response read = api().get(null, "/api/v1/public/sheets/" + sheet.id());
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body().path("links")).hasSize(sheet.links().size());
			assertThat(read.body().path("links").get(0).path("url").asString()).isEqualTo(sheet.links().get(0).url())
				.startsWith("http");
			JsonNode file = null;
			for (JsonNode item : read.body().path("attachments")) {
				if (item.path("id").asLong() == fileId) {
					file = item;
				}
			}
			assertThat(file).as("the attached file is listed").isNotNull();
			assertThat(new ArrayList<>(file.propertyNames())).containsExactlyInAnyOrder("id", "title", "name",
					"mediaType", "size", "url");
			assertThat(file.path("name").asString()).isEqualTo("domanda.pdf");
			assertThat(file.path("mediaType").asString()).isEqualTo("application/pdf");
			assertThat(file.path("size").asLong()).isEqualTo(PDF.length);
			String url = "/portale/schede/" + sheet.id() + "/allegati/" + fileId;
			assertThat(file.path("url").asString()).isEqualTo(url);

			HttpResponse<String> page = page("/portale/schede/" + sheet.id());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("href=\"" + url + "\"", "Modulo di domanda", "PDF",
					"href=\"" + escaped(sheet.links().get(0).url()) + "\"", "rel=\"noopener noreferrer\"");

			for (String path : List.of(url, "/api/v1/public/sheets/" + sheet.id() + "/attachments/" + fileId)) {
				HttpResponse<byte[]> download = bytes(path);
				assertThat(download.statusCode()).as(path).isEqualTo(200);
				assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
				assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
					.contains("domanda.pdf");
				assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
				assertThat(download.body()).isEqualTo(PDF);
			}
		}
		finally {
			jdbc.update("delete from knowledge_sheet_file where id = ?", fileId);
		}
	}

	@Test
	void anAttachmentOfADraftOrExpiredSheetOrOfAnotherSheetIsNotFound() throws Exception {
		List<String> sheets = new ArrayList<>();
		sheets.add(jdbc.queryForObject("select min(id) from knowledge_sheet where state = 'DRAFT'", String.class));
		sheets.add(jdbc.queryForObject("select min(id) from knowledge_sheet where state = 'EXPIRED'", String.class));
		List<UsableSheet> usable = knowledge.usableSheets(0, 2);
		List<Long> files = new ArrayList<>();
		try {
			for (String id : sheets) {
				long fileId = attach(id, "Bando", "bando.pdf");
				files.add(fileId);
				assertNotFound(id, fileId);
			}
			long foreign = attach(usable.get(0).id(), "Schema", "schema.pdf");
			files.add(foreign);
			assertThat(bytes("/portale/schede/" + usable.get(0).id() + "/allegati/" + foreign).statusCode())
				.as("the file downloads from its own sheet")
				.isEqualTo(200);
			assertNotFound(usable.get(1).id(), foreign);
		}
		finally {
			files.forEach(id -> jdbc.update("delete from knowledge_sheet_file where id = ?", id));
		}
	}

	private void assertNotFound(String sheetId, long fileId) throws Exception {
		HttpResponse<String> page = page("/portale/schede/" + sheetId + "/allegati/" + fileId);
		assertThat(page.statusCode()).as(sheetId).isEqualTo(404);
		assertThat(page.body()).contains("allegato non è disponibile").doesNotContain("%PDF");
		Api.Response api = api().get(null, "/api/v1/public/sheets/" + sheetId + "/attachments/" + fileId);
		assertThat(api.status()).as(sheetId).isEqualTo(404);
		assertThat(api.headers().getContentType()).hasToString("application/problem+json");
		assertThat(api.text("detail")).contains("allegato non è disponibile");
	}

	/** A file attached to the sheet as the editors' upload leaves it (stored, then listed by the sheet). */
	private long attach(String sheetId, String title, String name) {
		java.util.UUID stored = attachments.store(name, new java.io.ByteArrayInputStream(PDF)).id().value();
		jdbc.update("insert into knowledge_sheet_file (sheet_id, attachment_id, title, kind, added_by, added_at) "
				+ "values (?, ?, ?, 'MODULO', 'urp.test', ?)", sheetId, stored, title, Timestamp.from(Instant.now()));
		return jdbc.queryForObject("select max(id) from knowledge_sheet_file where sheet_id = ?", Long.class, sheetId);
	}

	private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void filtersByDepartmentAudienceAndKeywordNarrowTheList() {
		UsableSheet sample = knowledge.usableSheets(0, 1).get(0);
		for (JsonNode item : items("department=" + sample.departmentCode())) {
			assertThat(item.path("department").path("code").asString()).isEqualTo(sample.departmentCode());
		}
		assertThat(items("department=" + sample.departmentCode())).extracting(item -> item.path("id").asString())
			.contains(sample.id());
		for (JsonNode item : items("audience=BUSINESSES")) {
			assertThat(item.path("audience").toString()).contains("BUSINESSES");
		}
		String keyword = sample.keywords().get(0);
		List<JsonNode> byKeyword = items("keyword=" + java.net.URLEncoder.encode(keyword, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(byKeyword).extracting(item -> item.path("id").asString()).contains(sample.id());
		for (JsonNode item : byKeyword) {
			assertThat(item.path("keywords").toString()).contains(keyword);
		}
		assertThat(items("department=" + sample.departmentCode()).size()).isLessThan(listedIds("").size());
	}

	@Test
	void aSearchFindsTheSheetWhoseTitleHasTheWordsFirstAccentsAndCaseAside() {
		UsableSheet sample = knowledge.usableSheets(0, 1).get(0);
		String[] words = sample.title().split("[^\\p{L}]+");
		String query = words[0].toUpperCase() + " " + words[1];
		List<JsonNode> found = items("q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).path("title").asString()).containsIgnoringCase(words[0]);
		assertThat(found).extracting(item -> item.path("id").asString()).contains(sample.id());
		assertThat(items("q=parolachenonesiste")).isEmpty();
	}

	@Test
	void badParametersAreProblemDetailsNamingTheField() {
		Api.Response tooLong = api().get(null, "/api/v1/public/sheets?q=" + "a".repeat(201));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().path("errors").get(0).path("field").asString()).isEqualTo("q");
		Api.Response size = api().get(null, "/api/v1/public/sheets?size=0");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.body().path("errors").get(0).path("field").asString()).isEqualTo("size");
		Api.Response audience = api().get(null, "/api/v1/public/sheets?audience=NOBODY");
		assertThat(audience.status()).isEqualTo(400);
		assertThat(audience.body().path("errors").get(0).path("field").asString()).isEqualTo("audience");
	}

	private Set<String> listedIds(String query) {
		Set<String> ids = new HashSet<>();
		for (int page = 0;; page++) {
			Api.Response listed = api().get(null, "/api/v1/public/sheets?size=50&page=" + page + query);
			assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
			if (listed.body().path("items").isEmpty()) {
				return ids;
			}
			listed.body().path("items").forEach(item -> ids.add(item.path("id").asString()));
		}
	}

	private List<JsonNode> items(String query) {
		Api.Response listed = api().get(null, "/api/v1/public/sheets?size=50&" + query);
		assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		listed.body().path("items").forEach(items::add);
		return items;
	}

	private HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static String escaped(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
