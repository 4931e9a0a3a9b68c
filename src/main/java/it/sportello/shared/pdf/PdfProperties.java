package it.sportello.shared.pdf;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of PDF rendering, under {@code sportello.pdf}.
 *
 * @param fallbackFonts TrueType files tried, in order, for characters the bundled DejaVu fonts lack (Chinese,
 * Japanese, Korean); a file that does not exist is skipped. The default is Debian's Droid Sans Fallback
 * ({@code apt-get install fonts-droid-fallback}).
 */
@ConfigurationProperties("sportello.pdf")
public record PdfProperties(
		@DefaultValue("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") List<String> fallbackFonts) {

	public PdfProperties {
		fallbackFonts = List.copyOf(fallbackFonts);
	}

}
