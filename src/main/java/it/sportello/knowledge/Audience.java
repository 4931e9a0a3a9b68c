package it.sportello.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** Whom a sheet speaks to; {@code sourceName} is the word the source files use. */
public enum Audience {

	CITIZENS("cittadini"), BUSINESSES("imprese"), PUBLIC_BODIES("enti");

	private final String sourceName;

	Audience(String sourceName) {
		this.sourceName = sourceName;
	}

	public String sourceName() {
		return sourceName;
	}

	public static Optional<Audience> fromSource(String name) {
		return Arrays.stream(values()).filter(audience -> audience.sourceName.equals(name)).findFirst();
	}

}
