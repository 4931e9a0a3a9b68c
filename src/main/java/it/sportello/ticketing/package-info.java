/**
 * Tickets and the three-level workflow (first level, back office, departmental support): history,
 * service-level deadlines, reminders, ticket numbers and public tracking.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "citizens", "organization", "search" })
@org.jspecify.annotations.NullMarked
package it.sportello.ticketing;
