package it.sportello.knowledge.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a FAQ proposal loses of a ticket's texts: the citizen's own data, and nothing else. */
class PersonalDataTests {

	@Test
	void fiscalCodesEmailsIbansPhonesAndIntroducedNamesAreReplacedByPlaceholders() {
		String stripped = PersonalData.strip("Sono Mario Rossi (RSSMRA85T10A562S, omocodia RSSMRA85T10A56NS), "
				+ "scrivere a mario.rossi@example.it o al +39 333 123 4567 o allo 0971.662037; "
				+ "IBAN IT60X0542811101000000123456. La sig.ra Anna Bianchi ha già pagato. Gentile Dott. Verdi,");
		assertThat(stripped).doesNotContain("Mario", "Rossi", "RSSMRA", "mario.rossi", "333", "662037", "IT60", "Anna",
				"Bianchi", "Verdi");
		assertThat(stripped).contains("Sono [nome]", "[codice fiscale]", "[e-mail]", "[telefono]", "[IBAN]",
				"sig.ra [nome]");
	}

	@Test
	void datesAmountsTimesAndOrdinaryWordsAreKept() {
		String text = "La domanda si presenta entro il 31/03/2027 (o 2027-03-31), costa 16,00 euro, orari 9-13; "
				+ "sono ammessi i residenti. Ticket 2026-000123, legge 241/1990, numero verde 800 123 456.";
		assertThat(PersonalData.strip(text)).isEqualTo(text);
	}

}
