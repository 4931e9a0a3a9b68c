package it.sportello.knowledge.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Sheets and FAQ are written in Markdown: rendered to HTML with commonmark, then sanitised with the OWASP policy so
 * that scripts, raw HTML, event handlers and {@code javascript:} links in the text come out harmless.
 */
@Component
public class Markdown {

	// One policy for links (http, https, mailto only; the rels added), not Sanitizers.LINKS beside another one: two
	// policies on the same element combine into one that drops every link.
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory())
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowStandardUrlProtocols()
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("noopener", "noreferrer")
			.toFactory());

	private final Parser parser = Parser.builder().build();

	// Raw HTML in the text is shown as text, never passed on: the sanitiser is the second line, not the only one.
	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	public String toHtml(String markdown) {
		return POLICY.sanitize(renderer.render(parser.parse(markdown)));
	}

}
