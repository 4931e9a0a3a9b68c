/**
 * The Region's structure: departments and their offices (the phone directory comes later).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "search" })
@org.jspecify.annotations.NullMarked
package it.sportello.organization;
