/**
 * The phone switch's data: the import of Asterisk {@code queue_log} files (and of CDR {@code Master.csv} and a
 * generic CSV for other switches) into one record per queue call, the staff logged in to the queues, and the
 * monthly telephone report with its service level (page, API, PDF, CSV and XLSX). Other modules read the
 * per-half-hour load through {@link it.sportello.telephony.Telephony}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "organization" })
@org.jspecify.annotations.NullMarked
package it.sportello.telephony;
