package it.sportello.citizens;

/** Valid personal fiscal codes for tests: any 15 characters plus the check character they need. */
public final class FiscalCodes {

	private FiscalCodes() {
	}

	/** e.g. {@code personal("RSSMRA85T10A562")} = {@code RSSMRA85T10A562S}. */
	public static String personal(String first15) {
		return first15 + FiscalCode.personalCheckCharacter(first15);
	}

}
