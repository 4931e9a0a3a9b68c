package it.sportello.web;

import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium for a test class, and one logged-in page per demo user, reused by its tests (logging in
 * costs more than most checks).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoggedInBrowserTest {

	@LocalServerPort
	int port;

	Chromium chromium;

	/** The logged-in pages, by user. */
	final Map<String, Page> pages = new HashMap<>();

	@BeforeAll
	void launch() {
		chromium = Chromium.launch(port);
	}

	@AfterAll
	void close() {
		chromium.close();
	}

	Page as(String user) {
		return pages.computeIfAbsent(user, chromium::loginAs);
	}

}
