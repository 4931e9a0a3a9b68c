package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.identity.tokens.TokenSecret;
import org.junit.jupiter.api.Test;

class TokenSecretTests {

	@Test
	void generatedTokenIsPrefixedAnd256BitsOfBase64Url() {
		TokenSecret secret = TokenSecret.generate();
		assertThat(secret.value()).startsWith("spt_").hasSize(4 + 43).matches("spt_[A-Za-z0-9_-]+");
		assertThat(TokenSecret.looksLikeToken(secret.value())).isTrue();
		assertThat(TokenSecret.generate()).isNotEqualTo(secret);
	}

	@Test
	void hashIsLowerCaseHexSha256() {
		assertThat(TokenSecret.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void neitherToStringNorDisplayPrefixRevealTheWholeSecret() {
		TokenSecret secret = TokenSecret.generate();
		assertThat(secret.toString()).doesNotContain(secret.value()).startsWith(secret.displayPrefix());
		assertThat(secret.displayPrefix()).hasSize(12);
	}

}
