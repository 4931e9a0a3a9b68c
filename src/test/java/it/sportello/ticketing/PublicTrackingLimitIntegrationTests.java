package it.sportello.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.sportello.support.Burst;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SportelloIntegrationTest
class PublicTrackingLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetLoopbackGuesses() {
		// Every test's requests come from 127.0.0.1: the guesses made here must not refuse another test's tracking.
		jdbc.update("delete from attempt_counter");
	}

	@Test
	void aBurstOfGuessesGetsAtMostTenCheckedAndTheRestAnswered429WithRetryAfter() {
		List<HttpResponse<String>> answers = Burst.send(100, i -> HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/tracking"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"number\":\"2026-%06d\",\"proof\":\"RSSMRA85T10A562S\"}".formatted(900_000 + i)))
			.build());

		assertThat(answers).filteredOn(answer -> answer.statusCode() == 404).hasSizeBetween(1, 10);
		assertThat(answers).filteredOn(answer -> answer.statusCode() != 404)
			.isNotEmpty()
			.allSatisfy(answer -> {
				assertThat(answer.statusCode()).isEqualTo(429);
				assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"))).isBetween(1L, 900L);
			});
	}

	@Test
	void theTrackingPageRefusesABurstOfGuessesWithRetryAfterToo() throws Exception {
		HttpResponse<String> form = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/traccia")).build(),
					HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		List<HttpResponse<String>> answers = Burst.send(30, i -> HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/traccia"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("number=2026-%06d&proof=RSSMRA85T10A562S&_csrf=%s"
				.formatted(800_000 + i, URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))))
			.build());

		assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSizeBetween(1, 10);
		assertThat(answers).filteredOn(answer -> answer.statusCode() != 200)
			.isNotEmpty()
			.allSatisfy(answer -> {
				assertThat(answer.statusCode()).isEqualTo(429);
				assertThat(answer.headers().firstValue("Retry-After")).isPresent();
			});
	}

}
