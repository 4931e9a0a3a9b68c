package it.sportello.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template with a model to a tagged PDF/UA document: the same template a page shows (and
 * its print stylesheet), so a printout is laid out once. Right-to-left text is reordered and Arabic shaped
 * (ICU), and the fonts of {@link PdfFonts} are embedded.
 * <p>
 * A template for PDF is a whole document: {@code <html lang>}, a {@code <title>} and a
 * {@code <meta name="description">} (PDF/UA requires them), and
 * stylesheets linked relative to {@code static/} on the classpath ({@code href="css/x.css"}), which is where
 * the PDF's relative links resolve. Its style should set {@code font-family: 'DejaVu Sans', 'Sportello
 * Fallback'}. It cannot use context-relative links ({@code @{/...}}): there is no request behind a PDF.
 */
@Component
public class PdfTemplates {

	private final ITemplateEngine templates;

	private final PdfFonts fonts;

	private final String base;

	static {
		// The renderer logs through its own console handler unless told otherwise: through SLF4J, its levels
		// are set like every other logger's (logging.level.com.openhtmltopdf).
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	PdfTemplates(ITemplateEngine templates, PdfProperties properties) {
		this.templates = templates;
		this.fonts = new PdfFonts(properties);
		try {
			this.base = new ClassPathResource("static/").getURL().toExternalForm();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The template rendered with the model, in the locale's language, as PDF bytes. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = templates.process(template, new Context(locale, model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(TextDirection.LTR);
		fonts.registerOn(builder);
		// Inline SVG (charts drawn on the server) is drawn as vectors.
		builder.useSVGDrawer(new BatikSVGDrawer());
		// Thymeleaf writes HTML, not XML: jsoup reads it as a browser would.
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, base)), base);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}
