package it.sportello.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever a client sends, the answer is a problem detail on the API and the error page on pages, never a 500,
 * Spring's default error JSON or the web server's own HTML. Sent over a real socket, because Tomcat and the
 * security firewall refuse some requests before Spring MVC sees them.
 */
@SportelloIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponsesIntegrationTests {

	private static final String PROBLEM = "application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aMultipartBodySentToPublicTrackingIsRefusedWithAProblemDetail(CapturedOutput output) throws IOException {
		byte[] body = ("--xyz\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\n2026-000001\r\n--xyz--\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		RawHttp.Response response = RawHttp.send(port, "POST", "/api/v1/public/tracking", body,
				"Content-Type: multipart/form-data; boundary=xyz", "Accept: application/json");

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.contentType()).startsWith(PROBLEM);
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void aChunkedMultipartBodyOutsideTheImportPathsMustDeclareItsLength() throws IOException {
		// The server parses multipart from its own stream, which the body limit cannot count: a body of no declared
		// length could be as large as an import's, so outside the import paths it is refused before it is read.
		byte[] body = ("--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nBuongiorno\r\n--xyz--\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		RawHttp.Response response = RawHttp.sendChunked(port, "POST", "/api/v1/public/requests", body,
				"Content-Type: multipart/form-data; boundary=xyz", "Accept: application/json");

		assertThat(response.status()).isEqualTo(411);
		assertThat(response.contentType()).startsWith(PROBLEM);
	}

	@Test
	void aBrokenMultipartBodyIsA400ProblemDetail() throws IOException {
		byte[] body = "--xyz\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\nno end".getBytes(StandardCharsets.US_ASCII);

		RawHttp.Response response = RawHttp.send(port, "POST", "/api/v1/public/tracking", body,
				"Content-Type: multipart/form-data; boundary=xyz");

		assertThat(response.status()).isBetween(400, 415);
		assertThat(response.contentType()).startsWith(PROBLEM);
	}

	@Test
	void datesFarOutOfRangeInTheTicketSearchAreA400NamingNoStackTrace(CapturedOutput output) throws IOException {
		String token = new Api(port).token("backoffice");
		for (String query : List.of("openedFrom=%2B99999-01-01", "openedTo=-0005-01-01", "openedTo=%2B999999999-12-31",
				"openedFrom=-999999999-01-01", "openedFrom=%2B999999999-12-31", "openedTo=-999999999-01-01")) {
			RawHttp.Response response = RawHttp.get(port, "/api/v1/tickets?" + query, "Authorization: Bearer " + token);

			// A date the search can compare answers (no ticket was opened then); one it cannot is a 400.
			assertThat(response.status()).as(query).isIn(200, 400);
			if (response.status() == 400) {
				assertThat(response.contentType()).as(query).startsWith(PROBLEM);
			}
		}
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void datesFarOutOfRangeOnTheSearchPageShowTheErrorPage() throws Exception {
		var session = it.sportello.support.PageSessions.loginAs(mvc, "backoffice");
		for (String date : List.of("+999999999-12-31", "-999999999-01-01")) {
			mvc.perform(get("/tickets").param("openedTo", date).param("openedFrom", date).session(session))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("text/html"));
		}
	}

	@Test
	void aSemicolonInAnApiPathIsA400ProblemDetail() throws IOException {
		RawHttp.Response response = RawHttp.get(port, "/api/v1/tickets;jsessionid=x", "Accept: */*");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM);
		assertThat(response.body()).contains("\"status\":400").doesNotContain("timestamp");
	}

	@Test
	void anEncodedSlashInAnApiPathIsA400ProblemDetail() throws IOException {
		RawHttp.Response response = RawHttp.get(port, "/api/v1/tickets/2026%2F000001", "Accept: application/json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM);
	}

	@Test
	void whatTomcatRefusesItselfIsAProblemDetailOnTheApi() throws IOException {
		// A malformed escape: Tomcat cannot decode the path, and answers before the application is asked.
		for (String target : List.of("/api/v1/tickets/%zz", "/api/v1/tickets/a%")) {
			RawHttp.Response response = RawHttp.get(port, target, "Accept: application/json");

			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.contentType()).as(target).startsWith(PROBLEM);
			assertThat(response.body()).as(target).contains("\"status\":400").doesNotContain("Tomcat");
		}
	}

	@Test
	void bracesAndOtherUnencodedCharactersClientsSendReachTheApplication() throws IOException {
		// curl and scripts send {, }, |, [, ] and ^ unencoded: the application answers them as any other path.
		for (String target : List.of("/api/v1/tickets/{number}", "/api/v1/tickets?q=[a]|{b}^", "/api/v1/nowhere/{x}")) {
			RawHttp.Response response = RawHttp.get(port, target, "Accept: application/json");

			assertThat(response.status()).as(target).isIn(401, 404);
			assertThat(response.contentType()).as(target).startsWith(PROBLEM);
		}
	}

	@Test
	void aRequestLineTomcatCannotReadIsAProblemDetail() throws IOException {
		// A raw control character in the target: the request line itself is malformed, so not even its path is known;
		// only a program sends this, and a program reads a problem detail.
		RawHttp.Response response = RawHttp.get(port, "/api/v1/tickets/a\u0001b", "Accept: application/json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM);
		assertThat(response.body()).contains("\"status\":400").doesNotContain("Tomcat").doesNotContain("<html");
	}

	@Test
	void aNonAsciiIdempotencyKeyIsA400ProblemDetail() throws IOException {
		String token = new Api(port).token("operatore");
		byte[] body = ("{\"channel\":\"PHONE\",\"categoryCode\":\"INFORMAZIONI\",\"subject\":\"Chiave\",\"description\":\"x\","
				+ "\"citizen\":{\"kind\":\"PERSON\",\"firstName\":\"Anna\",\"lastName\":\"Pace\",\"phone\":\"0971 123456\"}}")
			.getBytes(StandardCharsets.UTF_8);

		RawHttp.Response response = RawHttp.send(port, "POST", "/api/v1/tickets", body,
				"Authorization: Bearer " + token, "Content-Type: application/json", "Idempotency-Key: chiav\u00e8-\u20ac");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM);
	}

	@Test
	void anUnknownApiPathIsA404ProblemDetail() throws IOException {
		RawHttp.Response response = RawHttp.get(port, "/api/v1/nothing-here",
				"Authorization: Bearer " + new Api(port).token("operatore"), "Accept: */*");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith(PROBLEM);
		assertThat(response.body()).doesNotContain("timestamp");
	}

	@Test
	void aPageErrorAskedWithAnyMediaTypeIsTheHtmlErrorPage() throws IOException {
		for (String target : List.of("/traccia/nothing/here/at/all", "/traccia;x=1", "/traccia/a%2Fb")) {
			RawHttp.Response response = RawHttp.get(port, target, "Accept: */*");

			assertThat(response.status()).as(target).isBetween(400, 404);
			assertThat(response.contentType()).as(target).startsWith("text/html");
			assertThat(response.body()).as(target).contains("Si \u00e8 verificato un problema").doesNotContain("Tomcat");
		}
	}

}
