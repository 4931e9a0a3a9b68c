package it.sportello.shared.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sportello.http.max-body-size} keeps its documented form (bytes) and takes a size with a unit too. */
class HttpPropertiesTests {

	@Test
	void theBodyLimitIsReadInBytesOrWithAUnitAndIsOneMegabyteByDefault() {
		assertThat(bind(Map.of("sportello.http.max-body-size", "1048576")).maxBodySize().toBytes()).isEqualTo(1_048_576);
		assertThat(bind(Map.of("sportello.http.max-body-size", "2MB")).maxBodySize().toBytes()).isEqualTo(2_097_152);
		assertThat(bind(Map.of("sportello.http.other", "x")).maxBodySize().toBytes()).isEqualTo(1_048_576);
	}

	private static HttpProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("sportello.http", HttpProperties.class);
	}

}
