package it.sportello.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import it.sportello.identity.users.NewStaffUser;
import it.sportello.support.Burst;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** Each test has its own user and client address: locks must not spill over to other tests. */
@SportelloIntegrationTest
class LoginThrottlingIntegrationTests {

	static final String PASSWORD = "giusta-e-lunga";

	@Autowired
	WebApplicationContext context;

	@Autowired
	StaffUserManagement management;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = IdentityTestSupport.mockMvc(context);
	}

	@Test
	void fiveFailedFormLoginsLockTheAccountFromThatAddressEvenWithTheRightPassword() throws Exception {
		String user = newUser("bloccato.form");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin(user, "sbagliata", "10.1.0.1")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin(user, PASSWORD, "10.1.0.1")).andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(get("/login").param("locked", "15"))
			.andExpect(content().string(containsString("Troppi tentativi di accesso non riusciti")))
			.andExpect(content().string(containsString("riprovi tra 15 minuti")));
	}

	@Test
	void fiveFailedBasicLoginsAnswer429WithRetryAfter() throws Exception {
		String user = newUser("bloccato.api");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(user, "sbagliata")).with(IdentityTestSupport.from("10.1.1.1")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(user, PASSWORD)).with(IdentityTestSupport.from("10.1.1.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("(89\\d|900)")))
			.andExpect(jsonPath("$.detail").value("Troppi tentativi di accesso non riusciti: riprovi tra 15 minuti."));
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		String user = newUser("distratto");
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin(user, "sbagliata", "10.1.2.1")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin(user, PASSWORD, "10.1.2.1")).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin(user, "sbagliata", "10.1.2.1")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin(user, PASSWORD, "10.1.2.1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void lockingOneUserLeavesOthersAlone() throws Exception {
		String locked = newUser("bloccato.solo");
		String other = newUser("collega");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin(locked, "sbagliata", "10.1.3.1"));
		}
		mvc.perform(formLogin(other, PASSWORD, "10.1.3.1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void failuresFromOneAddressNeverLockTheAccountForAnotherAddress() throws Exception {
		String user = newUser("preso.di.mira");
		for (int i = 0; i < 8; i++) {
			mvc.perform(formLogin(user, "sbagliata", "10.1.4.1"));
		}
		mvc.perform(formLogin(user, PASSWORD, "10.1.4.1")).andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(formLogin(user, PASSWORD, "10.1.4.2")).andExpect(redirectedUrl("/"));
	}

	@Test
	void fiftyFailuresFromOneAddressAcrossAccountsLockThatAddressOnly() throws Exception {
		String user = newUser("ufficio.condiviso");
		for (int i = 0; i < 50; i++) {
			mvc.perform(formLogin("inesistente" + i, "sbagliata", "10.1.5.1")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin(user, PASSWORD, "10.1.5.1")).andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(formLogin(user, PASSWORD, "10.1.5.2")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aBurstOfWrongPasswordsGetsAtMostFiveCheckedAndTheRestAnswered429WithRetryAfter() {
		String user = newUser("raffica.api");
		List<HttpResponse<String>> answers = Burst.send(200, i -> basicMe(user, "sbagliata-" + i));

		assertThat(answers).filteredOn(answer -> answer.statusCode() == 401).hasSizeBetween(1, 5);
		assertThat(answers).filteredOn(answer -> answer.statusCode() != 401)
			.isNotEmpty()
			.allSatisfy(answer -> {
				assertThat(answer.statusCode()).isEqualTo(429);
				assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"))).isBetween(1L, 900L);
			});
	}

	@Test
	void theRightPasswordInsideABurstDoesNotGetInOnceTheLimitIsReachedButAnotherAddressStillDoes() throws Exception {
		String user = newUser("raffica.giusta");
		List<HttpResponse<String>> answers = Burst.send(100,
				i -> basicMe(user, i == 60 ? PASSWORD : "sbagliata-" + i));

		// Whatever the order, no more than five passwords were checked, the right one included.
		assertThat(answers).filteredOn(answer -> answer.statusCode() != 429).hasSizeLessThanOrEqualTo(5);
		assertThat(answers).filteredOn(answer -> answer.statusCode() == 401).isNotEmpty();
		HttpResponse<String> afterwards = Burst.send(1, i -> basicMe(user, PASSWORD)).get(0);
		assertThat(afterwards.statusCode()).isEqualTo(429);
		mvc.perform(get("/api/v1/me").with(httpBasic(user, PASSWORD)).with(IdentityTestSupport.from("10.1.6.1")))
			.andExpect(status().isOk());
	}

	private HttpRequest basicMe(String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
			.header("Authorization", "Basic " + credentials)
			.build();
	}

	@AfterEach
	void forgetLoopbackFailures() {
		// Bursts come from 127.0.0.1, as every other test's requests do: its failures must not add up across tests.
		jdbc.update("delete from attempt_counter");
	}

	private String newUser(String username) {
		management.create(new NewStaffUser(username, "Utente Di Prova", Role.FIRST_LEVEL, null, null, PASSWORD));
		return username;
	}

	private static MockHttpServletRequestBuilder formLogin(String username, String password, String address) {
		return post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(IdentityTestSupport.from(address));
	}

}
