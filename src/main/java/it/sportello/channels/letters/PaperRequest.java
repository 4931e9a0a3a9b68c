package it.sportello.channels.letters;

import java.time.LocalDate;
import java.util.List;

import it.sportello.citizens.CitizenDetails;
import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A letter, fax or counter visit as the operator registers it: the channel, the date the administration received it
 * (today or earlier), the protocol number if it was registered in the protocol system, the category, subject and
 * text, the sender, and the scans.
 */
public record PaperRequest(@Nullable Channel channel, @Nullable LocalDate receivedOn, @Nullable String protocolNumber,
		@Nullable String categoryCode, @Nullable String subject, @Nullable String description, CitizenDetails citizen,
		List<Scan> scans) {

	public PaperRequest {
		scans = List.copyOf(scans);
	}

	/** A scanned page or document as it came. */
	public record Scan(String name, byte[] content) {
	}

}
