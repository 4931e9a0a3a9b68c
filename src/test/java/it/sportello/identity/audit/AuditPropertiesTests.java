package it.sportello.identity.audit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented {@code sportello.audit.*} names still bind, with the commit timeout beside them. */
class AuditPropertiesTests {

	@Test
	void theDocumentedNamesBindAndTheDefaultsAreKept() {
		AuditProperties set = bind(Map.of("sportello.audit.queue-capacity", "100", "sportello.audit.batch-size", "50",
				"sportello.audit.retry-after-ms", "250", "sportello.audit.commit-timeout", "2s"));

		assertThat(set).isEqualTo(new AuditProperties(100, 50, 250, Duration.ofSeconds(2)));
		assertThat(bind(Map.of())).isEqualTo(new AuditProperties(20_000, 500, 1000, Duration.ofSeconds(5)));
	}

	private static AuditProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("sportello.audit",
				AuditProperties.class);
	}

}
