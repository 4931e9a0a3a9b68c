package it.sportello.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client that behaves like a browser on the real server: it keeps cookies, reads the CSRF token
 * from the login form, and does not follow redirects (tests look at where they point).
 */
public final class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies;

	private final HttpClient client;

	public HttpBrowser(int port) {
		this(port, new CookieManager());
	}

	private HttpBrowser(int port, CookieManager cookies) {
		this.base = "http://127.0.0.1:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The same browser, its cookies included, talking to the server on another port (another node). */
	public HttpBrowser at(int port) {
		return new HttpBrowser(port, cookies);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	/** A streamed answer (server-sent events), read line by line as it comes. */
	public HttpResponse<java.util.stream.Stream<String>> lines(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofLines());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Logs in through the login form; the answer is the redirect the form gives. */
	public HttpResponse<String> login(String username, String password) {
		Matcher csrf = CSRF.matcher(get("/login").body());
		if (!csrf.find()) {
			throw new IllegalStateException("the login page has no CSRF field");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		return send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/**
	 * Submits a form of the page at {@code pagePath} to {@code action}, with the CSRF token that page holds, as
	 * a browser does when the user fills the form in.
	 */
	public HttpResponse<String> submit(String pagePath, String action, java.util.Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(get(pagePath).body());
		if (!csrf.find()) {
			throw new IllegalStateException("the page " + pagePath + " has no CSRF field");
		}
		StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf.group(1)));
		fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
