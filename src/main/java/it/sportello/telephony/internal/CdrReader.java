package it.sportello.telephony.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Asterisk's CDR {@code Master.csv} (cdr_csv): no header, comma-separated, text in double quotes, 16 columns
 * ({@code accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer, end,
 * duration, billsec, disposition, amaflags}), 18 with {@code uniqueid, userfield}. Only rows whose last
 * application is {@code Queue} are queue calls (the queue is {@code lastdata} up to its first comma); others are
 * counted as skipped. A call with an answer time and disposition ANSWERED is answered after {@code answer − start}
 * seconds and talked {@code billsec}; any other is abandoned after {@code end − start}. The CDR's start is when the
 * call reached the switch, so waits include the time before the queue (a welcome message): the queue_log is the
 * precise source; this format is for switches that keep no queue_log.
 */
final class CdrReader {

	private final ZoneId zone;

	CdrReader(ZoneId zone) {
		this.zone = zone;
	}

	void read(String file, InputStream in, Consumer<CallRecord> calls, ImportTally tally) {
		CSVFormat format = CSVFormat.RFC4180.builder().get();
		try (CSVParser parser = CSVParser.builder()
			.setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
			.setFormat(format)
			.get()) {
			Iterator<CSVRecord> records = parser.iterator();
			long line = 1;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException malformed) {
					tally.problem(file, line, "import.csv.malformed");
					break;
				}
				tally.lines++;
				row(file, line, record, calls, tally);
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void row(String file, long line, CSVRecord record, Consumer<CallRecord> calls, ImportTally tally) {
		if (record.size() == 1 && record.get(0).isBlank()) {
			return;
		}
		if (record.size() < 16) {
			tally.problem(file, line, "telephony.cdr.columns", record.size());
			return;
		}
		if (!"Queue".equalsIgnoreCase(record.get(7).strip())) {
			tally.ignored("CDR " + (record.get(7).isBlank() ? "-" : record.get(7).strip()));
			return;
		}
		String lastData = record.get(8);
		String queue = (lastData.indexOf(',') >= 0 ? lastData.substring(0, lastData.indexOf(',')) : lastData).strip();
		if (queue.isEmpty() || queue.length() > 64) {
			tally.problem(file, line, "telephony.cdr.queue");
			return;
		}
		long start = LocalTimes.epoch(record.get(9), zone);
		long end = LocalTimes.epoch(record.get(11), zone);
		if (start < 0 || end < 0 || end < start) {
			tally.problem(file, line, "telephony.cdr.time");
			return;
		}
		String answer = record.get(10).strip();
		boolean answered = !answer.isEmpty() && "ANSWERED".equalsIgnoreCase(record.get(14).strip());
		String uniqueId = record.size() >= 17 && !record.get(16).isBlank() ? record.get(16).strip()
				: "cdr-" + GenericCsvReader.digest(record.get(5) + '|' + start + '|' + queue);
		if (uniqueId.length() > 64) {
			tally.problem(file, line, "telephony.cdr.uniqueid");
			return;
		}
		CallRecord call;
		if (answered) {
			long answeredAt = LocalTimes.epoch(answer, zone);
			String billsec = record.get(13).strip();
			if (answeredAt < start || !billsec.matches("\\d{1,7}")) {
				tally.problem(file, line, "telephony.cdr.time");
				return;
			}
			call = new CallRecord(uniqueId, queue, start, Outcome.ANSWERED, (int) (answeredAt - start),
					Integer.parseInt(billsec), agent(record.get(6)), null);
		}
		else {
			call = new CallRecord(uniqueId, queue, start, Outcome.ABANDONED, (int) (end - start), 0, null, null);
		}
		tally.used++;
		calls.accept(call);
	}

	/** {@code PJSIP/1000-0000002a} → {@code PJSIP/1000}. */
	private static String agent(String channel) {
		String value = channel.strip();
		int dash = value.lastIndexOf('-');
		if (dash > value.indexOf('/')) {
			value = value.substring(0, dash);
		}
		return value.isEmpty() ? null : value.length() > 80 ? value.substring(0, 80) : value;
	}

}
