/**
 * The manager's reports: ticket dashboards kept current by ticketing's events (volumes, first-level resolution,
 * escalations, time to close, departments' backlog, busiest hours), with charts drawn on the server as SVG, CSV
 * exports, and staffing advice with Erlang C.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "ticketing" })
@org.jspecify.annotations.NullMarked
package it.sportello.reporting;
