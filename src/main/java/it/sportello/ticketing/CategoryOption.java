package it.sportello.ticketing;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A category a channel may file a request under: its code, and its label in Italian and (if set) English. */
public record CategoryOption(String code, String label, @Nullable String labelEn) {

	public String label(Locale locale) {
		return labelEn != null && "en".equals(locale.getLanguage()) ? labelEn : label;
	}

}
