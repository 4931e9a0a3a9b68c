/**
 * The working-day calendar that service-level deadlines are counted on.
 */
@org.jspecify.annotations.NullMarked
package it.sportello.shared.calendar;
