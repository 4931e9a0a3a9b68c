package it.sportello.telephony.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns queue_log events into one {@link CallRecord} per queue call. Calls are open from ENTERQUEUE to their final
 * event; only open calls are kept (as many as callers waiting or talking at once, whatever the file's size), and
 * those still open at the end of the file stay pending, to be completed by the next import.
 * <p>
 * The data fields read, by Asterisk's documentation (1.8 to 22): CONNECT {@code holdtime|bridgedchannel|ringtime}
 * (ringtime since 1.6); COMPLETECALLER / COMPLETEAGENT {@code holdtime|calltime|origposition}; ABANDON,
 * EXITWITHTIMEOUT, EXITEMPTY {@code position|origposition|waittime} (EXITWITHTIMEOUT has only {@code position}
 * before 1.6); EXITWITHKEY {@code key|position|origposition|waittime}; TRANSFER, BLINDTRANSFER
 * {@code extension|context|holdtime|calltime|origposition}; ATTENDEDTRANSFER
 * {@code method|data|holdtime|calltime|origposition}; RINGNOANSWER and RINGCANCELED the ring time in
 * milliseconds. Where a version leaves the wait out, it is the time from ENTERQUEUE to the event.
 */
final class CallAssembler implements QueueLogReader.Handler {

	/** What the assembler tells its caller. */
	interface Sink {

		void call(CallRecord call);

		void member(MemberEvent event);

		void ignored(String verb);

		void malformed(long line, String code, Object... args);

	}

	private final Map<Key, PendingCall> open = new HashMap<>();

	private final Sink sink;

	private long used;

	CallAssembler(Sink sink, Collection<PendingCall> pending) {
		this.sink = sink;
		for (PendingCall call : pending) {
			open.put(new Key(call.callId, call.queue), call);
		}
	}

	/** Lines whose event was used (ENTERQUEUE, outcomes, rings, members). */
	long used() {
		return used;
	}

	/** The calls still waiting for their final event. */
	Collection<PendingCall> pending() {
		return open.values();
	}

	@Override
	public void ignored(QueueLogLine line) {
		sink.ignored(line.verb());
	}

	@Override
	public void malformed(long number, String code, Object... args) {
		sink.malformed(number, code, args);
	}

	@Override
	public void line(QueueLogLine line) {
		QueueEvent event = line.event;
		if (event.isMemberEvent()) {
			member(line);
			return;
		}
		if (event == QueueEvent.ENTERQUEUE) {
			Key key = new Key(line.callId, line.queue);
			PendingCall existing = open.get(key);
			if (existing == null || existing.enteredEpoch != line.epoch) {
				open.put(key, new PendingCall(line.callId, line.queue, line.epoch));
			}
			used++;
			return;
		}
		PendingCall call = open.get(new Key(line.callId, line.queue));
		if (call == null) {
			sink.malformed(line.number, "telephony.line.not-entered", event.name());
			return;
		}
		switch (event) {
			case CONNECT -> {
				long hold = line.whole(1);
				if (hold == -2) {
					sink.malformed(line.number, "telephony.line.number", 1, event.name());
					return;
				}
				call.connectedWait = hold >= 0 ? (int) hold : elapsed(call, line);
				call.agent = line.agent;
			}
			case RINGNOANSWER, RINGCANCELED -> {
				if (line.whole(1) == -2) {
					sink.malformed(line.number, "telephony.line.number", 1, event.name());
					return;
				}
			}
			case COMPLETECALLER, COMPLETEAGENT -> {
				if (!answered(line, call, 1, 2, Outcome.ANSWERED, null)) {
					return;
				}
			}
			case TRANSFER, BLINDTRANSFER -> {
				if (!answered(line, call, 3, 4, Outcome.TRANSFERRED, line.text(1))) {
					return;
				}
			}
			case ATTENDEDTRANSFER -> {
				if (!answered(line, call, 3, 4, Outcome.TRANSFERRED, line.text(2))) {
					return;
				}
			}
			case ABANDON -> unanswered(line, call, 3, Outcome.ABANDONED);
			case EXITWITHTIMEOUT -> unanswered(line, call, 3, Outcome.TIMEOUT);
			case EXITEMPTY -> unanswered(line, call, 3, Outcome.EXIT_EMPTY);
			case EXITWITHKEY -> unanswered(line, call, 4, Outcome.EXIT_KEY);
			default -> throw new IllegalStateException(event.name());
		}
		used++;
	}

	private boolean answered(QueueLogLine line, PendingCall call, int holdField, int talkField, Outcome outcome,
			String transferTo) {
		long hold = line.whole(holdField);
		long talk = line.whole(talkField);
		if (hold == -2 || talk == -2) {
			sink.malformed(line.number, "telephony.line.number", hold == -2 ? holdField : talkField,
					line.event.name());
			return false;
		}
		int wait = hold >= 0 ? (int) hold : call.connectedWait >= 0 ? call.connectedWait : elapsed(call, line);
		int talked = talk >= 0 ? (int) talk : (int) Math.max(0, line.epoch - call.enteredEpoch - wait);
		String agent = line.agent == null || line.agent.isEmpty() || "NONE".equals(line.agent) ? call.agent
				: line.agent;
		close(call, new CallRecord(call.callId, call.queue, call.enteredEpoch, outcome, wait, talked, agent,
				transferTo));
		return true;
	}

	private void unanswered(QueueLogLine line, PendingCall call, int waitField, Outcome outcome) {
		long wait = line.whole(waitField);
		if (wait == -2) {
			// Some versions write fewer fields: a text where the wait should be is not a number, the line is bad.
			sink.malformed(line.number, "telephony.line.number", waitField, line.event.name());
			used--; // balanced by the caller's count
			return;
		}
		close(call, new CallRecord(call.callId, call.queue, call.enteredEpoch, outcome,
				wait >= 0 ? (int) wait : elapsed(call, line), 0, null, null));
	}

	private void close(PendingCall call, CallRecord record) {
		open.remove(new Key(call.callId, call.queue));
		sink.call(record);
	}

	private static int elapsed(PendingCall call, QueueLogLine line) {
		return (int) Math.max(0, line.epoch - call.enteredEpoch);
	}

	private void member(QueueLogLine line) {
		String agent = line.agent;
		if (agent == null || agent.isEmpty() || "NONE".equals(agent)) {
			sink.malformed(line.number, "telephony.line.agent", line.event.name());
			return;
		}
		String type = switch (line.event) {
			case PAUSEALL -> "PAUSE";
			case UNPAUSEALL -> "UNPAUSE";
			default -> line.event.name();
		};
		String queue = line.event == QueueEvent.PAUSEALL || line.event == QueueEvent.UNPAUSEALL ? "NONE" : line.queue;
		sink.member(new MemberEvent(line.epoch, queue, agent, type));
		used++;
	}

	private record Key(String callId, String queue) {
	}

}
