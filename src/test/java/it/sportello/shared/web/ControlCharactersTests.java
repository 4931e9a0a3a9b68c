package it.sportello.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which characters text from a client may hold: what a person types, never controls or broken UTF-16. */
class ControlCharactersTests {

	@Test
	void tabsLineBreaksAndEveryWritingSystemAreText() {
		assertThat(ControlCharacters.in("Prima riga\r\n\tseconda: Nicolò, Ελλάδα, Москва, العربية, 中文, 😀")).isFalse();
	}

	@Test
	void c0ControlsOtherThanTabAndLineBreaksAreRefused() {
		assertThat(ControlCharacters.in("a\u0000b")).isTrue();
		assertThat(ControlCharacters.in("a\u001bb")).isTrue();
	}

	@Test
	void deleteAndTheC1ControlsAreRefused() {
		assertThat(ControlCharacters.in("a\u007fb")).isTrue();
		assertThat(ControlCharacters.in("a\u0085b")).isTrue();
		assertThat(ControlCharacters.in("a\u009fb")).isTrue();
		assertThat(ControlCharacters.in("\u00a0non-breaking space is text")).isFalse();
	}

	@Test
	void aLoneSurrogateIsRefusedWhereverItStands() {
		assertThat(ControlCharacters.in("a\ud800b")).isTrue();
		assertThat(ControlCharacters.in("a\udc00b")).isTrue();
		assertThat(ControlCharacters.in("ends with \ud83d")).isTrue();
		assertThat(ControlCharacters.in("\ude00 starts with a low one")).isTrue();
		assertThat(ControlCharacters.in("a pair \ud83d\ude00 is an emoji")).isFalse();
	}

}
