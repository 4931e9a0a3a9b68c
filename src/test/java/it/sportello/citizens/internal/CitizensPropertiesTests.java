package it.sportello.citizens.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented names {@code sportello.citizens.cache-ttl} and {@code cache-size} still set the record cache. */
class CitizensPropertiesTests {

	@Test
	void theDocumentedNamesBindAndTheDefaultsAreTenMinutesAndFiftyThousandRecords() {
		CitizensProperties set = bind(Map.of("sportello.citizens.cache-ttl", "PT2M", "sportello.citizens.cache-size", "10"));
		CitizensProperties defaults = bind(Map.of());

		assertThat(set.cacheTtl()).isEqualTo(Duration.ofMinutes(2));
		assertThat(set.cacheSize()).isEqualTo(10);
		assertThat(defaults.cacheTtl()).isEqualTo(Duration.ofMinutes(10));
		assertThat(defaults.cacheSize()).isEqualTo(50_000);
	}

	private static CitizensProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("sportello.citizens",
				CitizensProperties.class);
	}

}
