package it.sportello.telephony.internal;

/** The queue_log events the import uses; any other verb is counted and skipped. */
enum QueueEvent {

	ENTERQUEUE, CONNECT, COMPLETECALLER, COMPLETEAGENT, ABANDON, EXITWITHTIMEOUT, EXITEMPTY, EXITWITHKEY, TRANSFER,
	BLINDTRANSFER, ATTENDEDTRANSFER, RINGNOANSWER, RINGCANCELED, ADDMEMBER, REMOVEMEMBER, PAUSE, UNPAUSE, PAUSEALL,
	UNPAUSEALL;

	private final byte[] name = name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final int TABLE = 256;

	/** Open addressing by a hash of the bytes, so that no String is made per line to look the verb up. */
	private static final QueueEvent[] BY_HASH = new QueueEvent[TABLE];

	static {
		for (QueueEvent event : values()) {
			int slot = hash(event.name, 0, event.name.length);
			while (BY_HASH[slot] != null) {
				slot = (slot + 1) & (TABLE - 1);
			}
			BY_HASH[slot] = event;
		}
	}

	private static int hash(byte[] bytes, int from, int length) {
		int h = length;
		for (int i = from; i < from + length; i++) {
			h = h * 31 + bytes[i];
		}
		return (h ^ (h >>> 8)) & (TABLE - 1);
	}

	/** The event spelled by {@code length} bytes at {@code from}, or null for a verb the import does not use. */
	static QueueEvent of(byte[] bytes, int from, int length) {
		if (length == 0 || length > 16) {
			return null;
		}
		for (int slot = hash(bytes, from, length);; slot = (slot + 1) & (TABLE - 1)) {
			QueueEvent candidate = BY_HASH[slot];
			if (candidate == null) {
				return null;
			}
			if (candidate.name.length == length && java.util.Arrays.equals(candidate.name, 0, length, bytes, from,
					from + length)) {
				return candidate;
			}
		}
	}

	boolean endsAnsweredCall() {
		return this == COMPLETECALLER || this == COMPLETEAGENT || this == TRANSFER || this == BLINDTRANSFER
				|| this == ATTENDEDTRANSFER;
	}

	boolean endsUnansweredCall() {
		return this == ABANDON || this == EXITWITHTIMEOUT || this == EXITEMPTY || this == EXITWITHKEY;
	}

	boolean isMemberEvent() {
		return this == ADDMEMBER || this == REMOVEMEMBER || this == PAUSE || this == UNPAUSE || this == PAUSEALL
				|| this == UNPAUSEALL;
	}

}
