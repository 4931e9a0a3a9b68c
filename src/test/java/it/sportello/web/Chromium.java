package it.sportello.web;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One Debian Chromium per test class, driven by Playwright against the application on its random
 * port: contexts are cheap (one per user), the browser is not. Also logs demo users in (password =
 * user name) and runs axe-core on a page.
 */
final class Chromium implements AutoCloseable {

	/** The WCAG 2.1 A and AA rules; the public administration must meet them (Legge Stanca, EN 301 549). */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final Playwright playwright;

	private final Browser browser;

	private final String baseUrl;

	private Chromium(Playwright playwright, Browser browser, String baseUrl) {
		this.playwright = playwright;
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	static Chromium launch(int port) {
		// The driver is bundled in the jar; its own browser download cannot work here.
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser, "http://127.0.0.1:" + port);
	}

	String url(String path) {
		return baseUrl + path;
	}

	/** A fresh browser profile: its own cookies, so its own session. */
	BrowserContext newContext() {
		return newContext(1280, 900);
	}

	BrowserContext newContext(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
			.setLocale("it-IT")
			.setViewportSize(width, height));
		context.setDefaultTimeout(10_000);
		return context;
	}

	/** A new context with the demo user logged in, on the page the login lands on. */
	Page loginAs(String user) {
		Page page = newContext().newPage();
		login(page, user);
		return page;
	}

	static void login(Page page, String user) {
		page.navigate("/login");
		page.getByLabel("Nome utente").fill(user);
		page.getByLabel("Password").fill(user);
		page.locator("form[action$='/login'] button[type=submit]").click();
		assertThat(page.locator("form[action$='/logout']")).hasCount(1);
	}

	/**
	 * Fails with every WCAG 2.1 AA violation axe-core finds on the page as it is now, and with every visible
	 * text field drawn without a border, which axe does not check (WCAG 1.4.11: Bootstrap Italia styles
	 * {@code input[type=text]}, so an input without a type is an invisible line of text).
	 */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail("%s has %d accessibility violation(s):%n%s", page.url(), violations.size(),
					violations.stream().map(Chromium::describe).collect(Collectors.joining("\n")));
		}
		Object borderless = page.evaluate(BORDERLESS_FIELDS);
		if (borderless instanceof List<?> fields && !fields.isEmpty()) {
			fail("%s has text fields without a visible border: %s", page.url(), fields);
		}
	}

	private static final String BORDERLESS_FIELDS = """
			() => [...document.querySelectorAll('input.form-control, textarea.form-control')]
			  .filter(field => field.offsetParent !== null)
			  .filter(field => {
			    const style = getComputedStyle(field);
			    return ['Top', 'Bottom'].every(side => style['border' + side + 'Style'] === 'none'
			        || parseFloat(style['border' + side + 'Width']) === 0);
			  })
			  .map(field => field.id || field.name)""";

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
				+ rule.getNodes().stream().map(Chromium::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    " + node.getTarget() + "  " + node.getHtml() + "\n      "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
