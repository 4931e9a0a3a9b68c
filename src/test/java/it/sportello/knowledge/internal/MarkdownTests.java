package it.sportello.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void aLinkToAWebSiteStaysALinkThatOpensNothingOfOurs() {
		assertThat(markdown.toHtml("Il bando è su [regione](https://www.regione.basilicata.it/bandi)."))
			.contains("<a href=\"https://www.regione.basilicata.it/bandi\"")
			.contains("noopener")
			.contains(">regione</a>");
	}

	@Test
	void aScriptLinkIsDroppedAndASafeLinkBesideItStays() {
		String html = markdown.toHtml("[male](javascript:alert(1)) e [bene](https://www.example.org)");

		assertThat(html).doesNotContain("javascript").contains("<a href=\"https://www.example.org\"");
	}

}
