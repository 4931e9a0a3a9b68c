/**
 * Citizen records (anagrafica): fiscal-code and phone validation, look-up, audited access.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
@org.jspecify.annotations.NullMarked
package it.sportello.citizens;
