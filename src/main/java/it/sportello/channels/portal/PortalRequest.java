package it.sportello.channels.portal;

import java.util.List;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen sends from the portal: the category (blank for the default), the text, who they are and how to
 * answer them, the consent to the privacy notice, the files, and the honeypot field a person never fills.
 */
public record PortalRequest(@Nullable String categoryCode, @Nullable String text, @Nullable String firstName,
		@Nullable String lastName, @Nullable String fiscalCode, @Nullable String email, @Nullable String phone,
		@Nullable Channel preferredChannel, boolean privacyConsent, @Nullable String website, List<Upload> files) {

	public PortalRequest {
		files = List.copyOf(files);
	}

	/** A file as it came: its name and bytes (already bounded by the request's size limit). */
	public record Upload(String name, byte[] content) {
	}

}
