package it.sportello.shared.pdf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts every PDF embeds, as one family chain for CSS ({@link #FAMILIES}): DejaVu Sans (from the
 * {@code jasperreports-fonts} jar) for Latin with every diacritic, Greek, Cyrillic, Arabic and Hebrew, then Droid Sans
 * Fallback (bundled at build time, see pom.xml) for Chinese, Japanese and Korean, then any configured fallback files.
 * A character no font has prints as the font's placeholder glyph.
 */
final class PdfFonts {

	/** What a template's stylesheet names: {@code font-family: <FAMILIES>}. */
	static final String FAMILIES = "'DejaVu Sans', 'Sportello Fallback'";

	private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

	/** Droid Sans Fallback (Apache-2.0): Han, kana and Hangul, bundled by the build. */
	static final String HAN = "it/sportello/shared/pdf/fonts/DroidSansFallback.ttf";

	private final List<File> fallbacks;

	PdfFonts(PdfProperties properties) {
		this.fallbacks = new ArrayList<>();
		for (String path : properties.fallbackFonts()) {
			File file = new File(path);
			if (file.isFile()) {
				fallbacks.add(file);
			}
		}
	}

	void registerOn(PdfRendererBuilder builder) {
		bundled(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		bundled(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		bundled(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		bundled(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		ClassPathResource han = resource(HAN);
		builder.useFont(() -> open(han), "Sportello Fallback", 400, FontStyle.NORMAL, true);
		builder.useFont(() -> open(han), "Sportello Fallback", 700, FontStyle.NORMAL, true);
		for (File file : fallbacks) {
			builder.useFont(file, "Sportello Fallback", 400, FontStyle.NORMAL, true);
			builder.useFont(file, "Sportello Fallback", 700, FontStyle.NORMAL, true);
		}
	}

	private static void bundled(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		ClassPathResource font = resource(DEJAVU + file);
		// Also under the generic families: PDF/UA embeds every font, so the renderer's defaults (serif for the
		// page margins) must be ours too.
		for (String family : List.of("DejaVu Sans", "serif", "sans-serif", "monospace")) {
			builder.useFont(() -> open(font), family, weight, style, true);
		}
	}

	private static ClassPathResource resource(String path) {
		ClassPathResource font = new ClassPathResource(path);
		if (!font.exists()) {
			throw new IllegalStateException("Font missing from the classpath: " + path);
		}
		return font;
	}

	private static InputStream open(ClassPathResource font) {
		try {
			return font.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
