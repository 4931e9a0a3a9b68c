/**
 * The Region's structure and phone directory: departments, offices, URPs and people with their extensions;
 * the switchboard's directory search ({@link it.sportello.organization.DirectorySearch}), the printable
 * directory (page and tagged PDF), the CSV import and export, and the audit trail of every change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "search" })
@org.jspecify.annotations.NullMarked
package it.sportello.organization;
