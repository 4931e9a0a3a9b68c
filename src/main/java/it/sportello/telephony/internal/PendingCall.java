package it.sportello.telephony.internal;

import org.jspecify.annotations.Nullable;

/** A call that entered a queue and has had no final event yet; {@code connectedWait} once an operator answered. */
final class PendingCall {

	final String callId;

	final String queue;

	final long enteredEpoch;

	int connectedWait = -1;

	@Nullable String agent;

	PendingCall(String callId, String queue, long enteredEpoch) {
		this.callId = callId;
		this.queue = queue;
		this.enteredEpoch = enteredEpoch;
	}

}
