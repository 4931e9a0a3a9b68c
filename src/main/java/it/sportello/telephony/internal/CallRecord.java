package it.sportello.telephony.internal;

import org.jspecify.annotations.Nullable;

/** One queue call with its outcome: what the import stores, one row per call. */
record CallRecord(String callId, String queue, long enteredEpoch, Outcome outcome, int waitSeconds, int talkSeconds,
		@Nullable String agent, @Nullable String transferTo) {
}
