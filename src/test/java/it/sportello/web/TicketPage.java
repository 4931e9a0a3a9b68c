package it.sportello.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A ticket's detail page as a user works it: one collapsible form per action, named by its summary. */
record TicketPage(Page page) {

	static final Pattern TICKET_URL = Pattern.compile(".*/tickets/\\d{4}-\\d{6}$");

	String number() {
		assertThat(page).hasURL(TICKET_URL);
		return page.url().replaceAll(".*/tickets/", "");
	}

	/** The form of an action, opened as a user opens it (click on its summary) when it is collapsed. */
	Locator action(String summary) {
		Locator details = page.locator("details")
			.filter(new Locator.FilterOptions().setHas(page.locator("summary", new Page.LocatorOptions().setHasText(summary))));
		if (details.getAttribute("open") == null) {
			details.locator("summary").click();
		}
		return details.locator("form");
	}

	Locator state() {
		return page.locator("main h1 + .badge");
	}

	Locator outcome() {
		return page.locator("main .alert");
	}

	Locator timeline() {
		return page.locator("main ol .timeline-entry");
	}

	static void submit(Locator form) {
		form.getByRole(AriaRole.BUTTON).click();
	}

}
