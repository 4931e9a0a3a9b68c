package it.sportello.telephony;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The phone switch's data for other modules: importing a file of switch data, the telephone report, and the
 * per-half-hour load (offered calls, handle time, operators logged in) that a staffing calculation needs.
 */
public interface Telephony {

	/** Imports a queue_log, CDR Master.csv or generic CSV (gzip-compressed or not), streaming; idempotent. */
	CallImportReport importCalls(String fileName, InputStream content, String by, Locale locale);

	/** The report for the local dates from..to (both included), all queues or one. */
	TelephoneReport report(LocalDate from, LocalDate to, @Nullable String queue);

	/**
	 * Every local half-hour of the dates from..to (both included) in order, with its offered calls, average handle
	 * time and operators logged in; for one queue or (null) all of them, an operator in two queues counting once.
	 */
	List<HalfHourLoad> halfHourLoad(LocalDate from, LocalDate to, @Nullable String queue);

	/** The queues seen in the calls, by name. */
	List<String> queues();

}
