/**
 * The search engine shared by every module that has something to find: Italian analysis for names and
 * administrative text, the parsing of what an operator types, and the lifecycle of the (derived) Lucene
 * index: rebuilt on start-up when out of step with the database, rebuilt on demand without ever leaving
 * users without results.
 * <p>
 * The direction is deliberate: modules that own searchable data (organization today, knowledge next)
 * depend on this one for analyzer names and query parsing and keep their Hibernate Search mapping next to
 * their package-private entities; this module depends on nobody's entities, so adding a searchable module
 * never creates a cycle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package it.sportello.search;
