/**
 * Staff users, roles and department scope, login, API tokens, audit of access to personal data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package it.sportello.identity;
