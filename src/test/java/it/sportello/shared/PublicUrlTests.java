package it.sportello.shared;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicUrlTests {

	@Test
	void resolvesPathsWhetherOrNotTheUrlEndsWithASlash() {
		assertThat(new PublicUrl(URI.create("https://sportello.example/")).resolve("/login"))
			.isEqualTo(URI.create("https://sportello.example/login"));
		assertThat(new PublicUrl(URI.create("https://sportello.example/sportello")).resolve("login"))
			.isEqualTo(URI.create("https://sportello.example/sportello/login"));
	}

	@Test
	void refusesAnAddressThatIsNotAnAbsoluteWebUrl() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicUrl(URI.create("/sportello")));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicUrl(URI.create("ftp://sportello.example")));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicUrl(URI.create("https://sportello.example/?a=b")));
	}

}
