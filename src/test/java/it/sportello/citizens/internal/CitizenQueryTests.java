package it.sportello.citizens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.citizens.internal.CitizenQuery.Kind;
import org.junit.jupiter.api.Test;

class CitizenQueryTests {

	@Test
	void readsAFiscalCodePrefixAsFiscalCodeAndName() {
		assertThat(CitizenQuery.of("rssmra85t").kinds()).containsExactly(Kind.FISCAL_CODE, Kind.NAME);
	}

	@Test
	void readsElevenDigitsAsCompanyCodeAndPhone() {
		assertThat(CitizenQuery.of("00743110157").kinds()).containsExactly(Kind.FISCAL_CODE, Kind.PHONE);
	}

	@Test
	void readsAFormattedNumberAsPhoneOnly() {
		CitizenQuery query = CitizenQuery.of("+39 333 123 4567");
		assertThat(query.kinds()).containsExactly(Kind.PHONE);
		assertThat(query.phone()).contains("+393331234567");
	}

	@Test
	void readsTextWithAtAsEmail() {
		assertThat(CitizenQuery.of("Mario.Rossi@").kinds()).containsExactly(Kind.EMAIL);
		assertThat(CitizenQuery.of("Mario.Rossi@").emailPrefix()).isEqualTo("mario.rossi@");
	}

	@Test
	void readsWordsAsNames() {
		assertThat(CitizenQuery.of("Nolè").kinds()).containsExactly(Kind.NAME);
		assertThat(CitizenQuery.of("rossi mario").auditSubject()).isEqualTo("NAME");
	}

}
