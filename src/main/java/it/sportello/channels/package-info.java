/**
 * How requests arrive and answers leave: the citizens' web portal, telephony events and the screen-pop, letters,
 * faxes and counter visits, the satisfaction survey (and e-mail, PEC and SMS). Tickets are opened only through
 * ticketing's {@link it.sportello.ticketing.TicketDesk} and its events.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "citizens", "ticketing", "knowledge" })
@org.jspecify.annotations.NullMarked
package it.sportello.channels;
