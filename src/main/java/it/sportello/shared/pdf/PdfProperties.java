package it.sportello.shared.pdf;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of PDF rendering, under {@code sportello.pdf}.
 *
 * @param fallbackFonts TrueType files tried, in order, for characters neither the bundled DejaVu Sans nor the bundled
 * Droid Sans Fallback has (rare ideographs, other scripts); a file that does not exist is skipped. None by default.
 */
@ConfigurationProperties("sportello.pdf")
public record PdfProperties(
		@DefaultValue List<String> fallbackFonts) {

	public PdfProperties {
		fallbackFonts = List.copyOf(fallbackFonts);
	}

}
