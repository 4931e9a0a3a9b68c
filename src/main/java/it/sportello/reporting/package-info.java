/**
 * The manager's reports: ticket dashboards kept current by ticketing's events (volumes, first-level resolution,
 * escalations, time to close, departments' backlog, busiest hours, topics searched but not found), with charts drawn on the server as SVG, CSV
 * exports, and staffing advice with Erlang C, for a forecast or on the phone switch's data read through telephony's
 * public API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "ticketing", "telephony", "search" })
@org.jspecify.annotations.NullMarked
package it.sportello.reporting;
