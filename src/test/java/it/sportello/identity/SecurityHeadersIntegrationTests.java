package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import it.sportello.support.HttpBrowser;
import it.sportello.support.SportelloIntegrationTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SportelloIntegrationTest
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSessionRepositoryFilter")
	Filter sessions;

	@Test
	void pagesTellTheBrowserWhereScriptsMayComeFromWhatToSendAsReferrerAndWhichFeaturesAreOff() {
		HttpResponse<String> login = new HttpBrowser(port).get("/login");

		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> {
			assertThat(policy).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
					"form-action 'self'");
			assertThat(policy).doesNotContain("unsafe-eval");
			assertThat(policy.replaceAll(".*script-src ([^;]*);.*", "$1")).doesNotContain("unsafe-inline");
		});
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
	}

	@Test
	void apiAnswersForbidEverythingABrowserCouldLoadOrRun() {
		HttpResponse<String> unauthenticated = new HttpBrowser(port).get("/api/v1/me");

		assertThat(unauthenticated.statusCode()).isEqualTo(401);
		assertThat(unauthenticated.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; frame-ancestors 'none'");
		assertThat(unauthenticated.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() {
		HttpResponse<String> login = new HttpBrowser(port).get("/login");

		assertThat(login.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> {
			assertThat(cookie).startsWith("SESSION=").contains("SameSite=Lax", "HttpOnly");
			assertThat(cookie).doesNotContain("Secure");
		});
	}

	@Test
	void theSessionCookieIsSecureWhenTheRequestCameOverHttps() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(sessions).apply(springSecurity()).build();

		MockHttpServletResponse login = mvc.perform(get("/login").secure(true)).andReturn().getResponse();

		assertThat(login.getHeaders("Set-Cookie")).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "SameSite=Lax"));
	}

	@Test
	void theRedirectToTheLoginPageDoesNotEchoTheHostHeader() throws IOException {
		List<String> answer = rawGet("/profile", "attacker.example");

		assertThat(answer.get(0)).contains(" 302");
		assertThat(answer).filteredOn(line -> line.regionMatches(true, 0, "Location:", 0, 9))
			.singleElement()
			.satisfies(location -> assertThat(location.substring(9).strip()).isEqualTo("/login"));
	}

	@Test
	void theRedirectBackToTheAskedPageAfterTheLoginDoesNotEchoTheHostHeader() throws Exception {
		MockMvc mvc = IdentityTestSupport.mockMvc(context);
		MockHttpSession session = (MockHttpSession) mvc.perform(get("/profile").header("Host", "attacker.example"))
			.andReturn()
			.getRequest()
			.getSession();

		String location = mvc
			.perform(post("/login").session(session)
				.header("Host", "attacker.example")
				.param("username", "operatore")
				.param("password", "operatore")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).isEqualTo("/profile?continue");
	}

	/** A request as any client may write it: Java's HTTP client will not send a Host header of our choosing. */
	private List<String> rawGet(String path, String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			List<String> head = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.add(line);
			}
			return head;
		}
	}

}
