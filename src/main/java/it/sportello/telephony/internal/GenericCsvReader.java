package it.sportello.telephony.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import it.sportello.shared.importing.ImportLine;
import it.sportello.shared.importing.LenientImport;
import it.sportello.shared.importing.LineRejected;

/**
 * The generic CSV of switches other than Asterisk (docs/telephony.md): one row per call, header
 * {@code queue;entered;answered_at;abandoned_at;agent;talk_seconds}, optionally {@code call_id}; {@code ;} or
 * {@code ,} separated. A row has either {@code answered_at} (answered: the wait is answered_at − entered, the talk
 * {@code talk_seconds}) or {@code abandoned_at} (abandoned after abandoned_at − entered).
 */
final class GenericCsvReader {

	static final List<String> COLUMNS = List.of("queue", "entered", "answered_at", "abandoned_at");

	private final ZoneId zone;

	GenericCsvReader(ZoneId zone) {
		this.zone = zone;
	}

	void read(String file, InputStream in, Consumer<CallRecord> calls, ImportTally tally) {
		LenientImport.Report report = LenientImport.run(file, new InputStreamReader(in, StandardCharsets.UTF_8),
				COLUMNS, line -> calls.accept(call(line)), tally.problemsKept);
		tally.lines = report.lines() + 1;
		tally.used = report.accepted();
		report.skippedByCode().forEach((code, count) -> tally.problemsByCode.merge(code, count, Long::sum));
		tally.firstProblems.addAll(report.firstProblems());
	}

	private CallRecord call(ImportLine line) {
		String queue = required(line, "queue");
		if (queue.length() > 64) {
			throw new LineRejected("queue", "telephony.csv.too-long", "queue", 64);
		}
		long entered = time(line, "entered");
		String answered = line.get("answered_at");
		String abandoned = line.get("abandoned_at");
		if ((answered == null) == (abandoned == null)) {
			throw new LineRejected("answered_at", "telephony.csv.one-outcome");
		}
		String agent = line.get("agent");
		if (agent != null && agent.length() > 80) {
			throw new LineRejected("agent", "telephony.csv.too-long", "agent", 80);
		}
		long end = time(line, answered != null ? "answered_at" : "abandoned_at");
		if (end < entered) {
			throw new LineRejected(answered != null ? "answered_at" : "abandoned_at", "telephony.csv.before-entered");
		}
		int talk = 0;
		String talkText = line.get("talk_seconds");
		if (answered != null && talkText != null) {
			if (!talkText.matches("\\d{1,7}")) {
				throw new LineRejected("talk_seconds", "telephony.csv.seconds", talkText);
			}
			talk = Integer.parseInt(talkText);
		}
		String callId = line.get("call_id");
		if (callId == null) {
			callId = "csv-" + digest(queue + '|' + entered + '|' + answered + '|' + abandoned + '|' + agent);
		}
		else if (callId.length() > 64) {
			throw new LineRejected("call_id", "telephony.csv.too-long", "call_id", 64);
		}
		return new CallRecord(callId, queue, entered, answered != null ? Outcome.ANSWERED : Outcome.ABANDONED,
				(int) (end - entered), talk, answered != null ? agent : null, null);
	}

	private static String required(ImportLine line, String column) {
		String value = line.get(column);
		if (value == null) {
			throw new LineRejected(column, "telephony.csv.required", column);
		}
		return value;
	}

	private long time(ImportLine line, String column) {
		String text = required(line, column);
		long epoch = LocalTimes.epoch(text, zone);
		if (epoch < 0) {
			throw new LineRejected(column, "telephony.csv.time", column, text);
		}
		return epoch;
	}

	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
