package it.sportello.ticketing;

import it.sportello.citizens.CitizenDetails;
import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to open a ticket (S-TT1): how the request arrived, its category, what it is about
 * and who the citizen is — an existing record ({@code citizenId}) or the details to find or create one.
 */
public record OpenTicket(Channel channel, String categoryCode, String subject, String description,
		@Nullable Long citizenId, @Nullable CitizenDetails citizen) {
}
