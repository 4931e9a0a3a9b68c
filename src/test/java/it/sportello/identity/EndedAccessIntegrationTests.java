package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import it.sportello.identity.users.NewStaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.Api;
import it.sportello.support.HttpBrowser;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Over the real server: a page session and an API token, each used once (and so cached) before the change. */
@SportelloIntegrationTest
class EndedAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffUserManagement management;

	@Test
	void disablingAUserEndsTheirPageSessionsAndApiTokensAtOnce() {
		String user = newUser("sospeso.subito");
		HttpBrowser browser = loggedIn(user);
		Api api = new Api(port);
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(200);

		assertThat(api.call(HttpMethod.PUT, "admin", "/api/v1/users/" + user + "/status", Map.of("enabled", false),
				Map.of()).status()).isEqualTo(204);

		assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
		assertThat(browser.get("/profile").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(401);

		// Enabling the account again does not bring back what was ended.
		assertThat(api.call(HttpMethod.PUT, "admin", "/api/v1/users/" + user + "/status", Map.of("enabled", true),
				Map.of()).status()).isEqualTo(204);
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(401);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
	}

	@Test
	void resettingAPasswordEndsTheUsersPageSessionsAndApiTokensAtOnce() {
		String user = newUser("password.azzerata");
		HttpBrowser browser = loggedIn(user);
		Api api = new Api(port);
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(200);

		assertThat(api.post("admin", "/api/v1/users/" + user + "/password-reset", null).status()).isEqualTo(200);

		assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherPageSessionsButNotTheOneUsedNorTheApiTokens() {
		String user = newUser("cambia.password");
		HttpBrowser here = loggedIn(user);
		HttpBrowser elsewhere = loggedIn(user);
		Api api = new Api(port);
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(200);

		assertThat(here.submit("/profile", "/profile/password", Map.of("currentPassword", user, "newPassword",
				"una frase lunga e nuova", "passwordConfirmation", "una frase lunga e nuova"))
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/profile"));

		assertThat(here.get("/profile").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/profile").statusCode()).isEqualTo(302);
		assertThat(api.get(user, "/api/v1/me").status()).isEqualTo(200);
	}

	private HttpBrowser loggedIn(String user) {
		HttpBrowser browser = new HttpBrowser(port);
		assertThat(browser.login(user, user).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
		return browser;
	}

	/** The password is the user name, as for the demo users, so that {@link Api} can get a token. */
	private String newUser(String username) {
		management.create(new NewStaffUser(username, "Utente Di Prova", Role.FIRST_LEVEL, null, null, username));
		return username;
	}

}
