package it.sportello.organization.internal;

import it.sportello.shared.importing.ZipLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the structure and the phone directory, under {@code sportello.directory}.
 *
 * @param searchConcurrency directory searches running at once, the others waiting their turn; 0 is one per
 * processor (more at once than there are cores made each search cost twice the CPU)
 * @param importZip how far a zip sent to the directory import may expand
 * ({@code sportello.directory.import-zip.max-entries}, {@code max-entry-size}, {@code max-total-size} in bytes,
 * {@code max-ratio})
 */
@ConfigurationProperties("sportello.directory")
public record OrganizationProperties(@DefaultValue("0") int searchConcurrency, @DefaultValue ZipLimits importZip) {

	/** How many searches may run at once on this machine. */
	int searchesAtOnce() {
		return searchConcurrency > 0 ? searchConcurrency : Runtime.getRuntime().availableProcessors();
	}

}
