/**
 * The knowledge portal: information sheets with their FAQ and versions, authorization procedures, and the
 * lifecycle that brings a sheet from a draft to the operators' screens (sign-offs, notice, publication).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "organization", "ticketing", "search" })
@org.jspecify.annotations.NullMarked
package it.sportello.knowledge;
