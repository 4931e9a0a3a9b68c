package it.sportello.ticketing;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of ticketing. The channels (e-mail, PEC, web portal, SMS) open a ticket for a request that
 * arrived, add the citizen's later messages to it and record the answers they sent; the knowledge base reads a closed
 * ticket's answer. Everything else a module needs is in the events ({@link TicketEvent}).
 * <p>
 * A channel acts as itself, not as a staff member: the ticket's timeline and the access audit name the channel
 * ({@code canale.email}, …). A message with an external identifier (an e-mail's Message-ID, a gateway's SMS id) is
 * stored once per channel: a channel that delivers it again after a crash gets what the first delivery made, and
 * nothing new.
 */
public interface TicketDesk {

	/**
	 * Opens a ticket for a request that arrived by {@code request.message().channel()}, finding or creating the citizen
	 * from the details (never duplicating the record), with the request's message as the ticket's first message.
	 *
	 * @throws it.sportello.shared.InvalidInputException for an unknown category, invalid citizen details, a message
	 * without text or an attachment that is not stored
	 */
	OpenedTicket open(ChannelRequest request);

	/**
	 * Adds a message the citizen sent about the ticket (a reply to our e-mail, say), whatever the ticket's state; a
	 * ticket waiting for the citizen (S-TT10) resumes with it.
	 *
	 * @throws it.sportello.shared.NotFoundException when there is no such ticket
	 */
	RecordedMessage appendIncoming(TicketNumber number, IncomingMessage message);

	/**
	 * Records a message the contact center sent to the citizen about the ticket (an acknowledgement, an answer).
	 *
	 * @throws it.sportello.shared.NotFoundException when there is no such ticket
	 */
	RecordedMessage recordOutgoing(TicketNumber number, OutgoingMessage message);

	/**
	 * The identifier of the ticket's citizen record, to be read (and audited) through the citizens' module by a channel
	 * that must reach them; empty when there is no such ticket.
	 */
	Optional<Long> citizenId(TicketNumber number);

	/** The ticket's messages, oldest first; empty for a ticket without any (one opened on the phone). */
	List<TicketMessage> messages(TicketNumber number);

	/**
	 * The answer a closed ticket gave; empty when the ticket does not exist, is not closed, or was closed by putting the
	 * call through to an office (a forwarding is not an answer).
	 */
	Optional<ClosedAnswer> closedAnswer(TicketNumber number);

	/**
	 * The events that the tickets numbered after {@code afterNumber} (all of them when null), at most {@code limit}
	 * tickets in number order, published when they moved, rebuilt from their timelines: for a read model built again
	 * from the tickets that exist. Each ticket's events come together, in time order. They are the events of a
	 * ticket's movements (opened, escalated, assigned, returned, reminded, answer relayed, closed, reopened);
	 * {@link AnswerOfCommonInterestFlagged}, which carries the ticket's texts, is not replayed. A department's
	 * deadline is the ticket's own while the department still holds it, and the category's target from the
	 * assignment otherwise.
	 */
	List<TicketEvent> pastEvents(@org.jspecify.annotations.Nullable String afterNumber, int limit);

	/** The categories a request may be filed under now (the active ones, in their order), for a channel's form. */
	List<CategoryOption> activeCategories();

}
