package it.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import it.sportello.support.SportelloIntegrationTest;

/**
 * Every message of every module, rendered through the application's own MessageSource in both languages,
 * reads as written: an apostrophe written {@code ''} shows once, and no single quote swallows a placeholder
 * or the text after it.
 */
@SportelloIntegrationTest
class MessageTextsIntegrationTests {

	private static final Object[] ARGUMENTS = { 7, 7, 7, 7, 7, 7 };

	@Autowired
	MessageSource messages;

	@Test
	void everyMessageRendersItsApostrophesOnceAndKeepsAllItsText() throws IOException {
		var files = messageFiles();
		assertThat(files).hasSizeGreaterThanOrEqualTo(12);
		var softly = new SoftAssertions();
		for (Resource file : files) {
			Locale locale = file.getFilename().endsWith("_en.properties") ? Locale.ENGLISH : Locale.ITALIAN;
			Properties raw = load(file);
			for (String key : raw.stringPropertyNames()) {
				String pattern = raw.getProperty(key);
				String rendered = messages.getMessage(key, ARGUMENTS, locale);
				String withoutArguments = messages.getMessage(key, null, locale);
				softly.assertThat(rendered).as("%s in %s", key, file.getFilename()).doesNotContain("''").doesNotContain("{");
				softly.assertThat(withoutArguments).as("%s in %s without arguments", key, file.getFilename()).doesNotContain("''");
				if (!pattern.contains(",choice,")) {
					String expected = pattern.replace("''", "'").replaceAll("\\{\\d+(,number(,#)?)?\\}", "7");
					softly.assertThat(rendered).as("%s in %s", key, file.getFilename()).isEqualTo(expected);
				}
			}
		}
		softly.assertAll();
	}

	private static List<Resource> messageFiles() throws IOException {
		return new ArrayList<>(List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")));
	}

	private static Properties load(Resource file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
