package it.sportello.telephony;

import java.util.List;
import java.util.Map;

/**
 * What an import of switch data read and did.
 *
 * @param file the file's name as given
 * @param format {@code QUEUE_LOG}, {@code CDR} (Asterisk's Master.csv) or {@code CSV} (the generic format)
 * @param linesRead every line of the file, blank ones included
 * @param eventsUsed lines whose event made or completed a call, or a member's log-in, pause or log-out (for the
 * CSV formats: rows that made a call)
 * @param linesSkipped lines not used: events the report does not need (see {@code ignoredEvents}) and malformed
 * lines (see {@code problemsByReason})
 * @param ignoredEvents verbs skipped, by verb (DID, INFO, QUEUESTART, vendors' own…), with how many lines
 * @param problemsByReason malformed or unusable lines, by reason
 * @param firstProblems the first of them with line number and reason
 * @param callsCompleted calls stored by this import (a call imported before is not counted again)
 * @param callsRepeated calls read that an earlier import (or an earlier part of the same file) had already stored
 * @param callsPending calls that entered a queue and have no final event yet, after this import: the next
 * import completes them
 */
public record CallImportReport(long importId, String file, String format, long linesRead, long eventsUsed,
		long linesSkipped, Map<String, Long> ignoredEvents, Map<String, Long> problemsByReason,
		List<Problem> firstProblems, long callsCompleted, long callsRepeated, long callsPending) {

	/** A line not used, with the reason in the reader's language. */
	public record Problem(long line, String reason) {
	}

}
