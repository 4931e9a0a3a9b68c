package it.sportello.telephony.internal;

/** An operator joining, leaving, pausing or resuming a queue ({@code queue} is {@code NONE} for every queue). */
record MemberEvent(long epoch, String queue, String agent, String event) {
}
