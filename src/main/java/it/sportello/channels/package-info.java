/**
 * The channels by which citizens reach the contact center besides the phone, and by which it answers them (S-CH1):
 * e-mail and PEC (IMAP in, SMTP out), SMS (a gateway over HTTP), the notifications (acknowledgement, the department's
 * questions, the answer) and first level's inbox of written requests. Tickets are opened and messages added only
 * through ticketing's {@link it.sportello.ticketing.TicketDesk}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "citizens", "ticketing" })
@org.jspecify.annotations.NullMarked
package it.sportello.channels;
