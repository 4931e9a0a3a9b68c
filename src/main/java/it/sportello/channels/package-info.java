/**
 * How requests arrive and answers leave (S-CH1): e-mail and PEC (IMAP in, SMTP out), SMS (a gateway over HTTP), the
 * citizens' web portal, telephony events and the screen-pop, letters, faxes and counter visits; the notifications
 * (acknowledgement, the department's questions, the answer), first level's inbox of written requests and the
 * satisfaction survey. Tickets are opened and messages added only through ticketing's
 * {@link it.sportello.ticketing.TicketDesk} and its events.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "citizens", "ticketing", "knowledge", "organization" })
@org.jspecify.annotations.NullMarked
package it.sportello.channels;
