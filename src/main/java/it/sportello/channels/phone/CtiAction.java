package it.sportello.channels.phone;

import org.jspecify.annotations.Nullable;

/**
 * What the switch is told to do with a new call, as Zammad answers: {@code reject} a blocked caller (with a
 * {@code reason}), or {@code dial} an outgoing call showing {@code callerId}. Empty answer ({@code {}}) otherwise.
 */
public record CtiAction(String action, @Nullable String reason, @Nullable String callerId, @Nullable String number) {

	static CtiAction reject() {
		return new CtiAction("reject", "busy", null, null);
	}

	static CtiAction dial(String callerId, String number) {
		return new CtiAction("dial", null, callerId, number);
	}

}
