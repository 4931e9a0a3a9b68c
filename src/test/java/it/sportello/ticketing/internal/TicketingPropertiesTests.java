package it.sportello.ticketing.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's settings bind under their documented names, with the documented defaults. */
class TicketingPropertiesTests {

	@Test
	void theDocumentedSettingNamesBind() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("sportello.tickets.categories-cache-ttl",
				"PT5M", "sportello.tickets.idempotency-keys.keep", "PT2H", "sportello.tickets.idempotency-keys.purge-every",
				"PT10M", "sportello.console.greeting", "Salve, sono {0}.")));

		TicketingProperties tickets = binder.bindOrCreate("sportello.tickets", TicketingProperties.class);
		ConsoleProperties console = binder.bindOrCreate("sportello.console", ConsoleProperties.class);

		assertThat(tickets.categoriesCacheTtl()).isEqualTo(Duration.ofMinutes(5));
		assertThat(tickets.idempotencyKeys().keep()).isEqualTo(Duration.ofHours(2));
		assertThat(tickets.idempotencyKeys().purgeEvery()).isEqualTo(Duration.ofMinutes(10));
		assertThat(console.greeting()).isEqualTo("Salve, sono {0}.");
	}

	@Test
	void withoutSettingsTheDefaultsApply() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

		TicketingProperties tickets = binder.bindOrCreate("sportello.tickets", TicketingProperties.class);
		ConsoleProperties console = binder.bindOrCreate("sportello.console", ConsoleProperties.class);

		assertThat(tickets.categoriesCacheTtl()).isEqualTo(Duration.ofMinutes(1));
		assertThat(tickets.idempotencyKeys().keep()).isEqualTo(Duration.ofHours(24));
		assertThat(console.greeting()).isEqualTo("Buongiorno, sono {0}. In cosa posso esserle utile?");
	}

}
