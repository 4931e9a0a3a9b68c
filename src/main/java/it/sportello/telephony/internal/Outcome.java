package it.sportello.telephony.internal;

/**
 * How a queue call ended. Answered and transferred calls (put through after CONNECT) are answered; the other four
 * are the unanswered calls of the service level's formula.
 */
enum Outcome {

	ANSWERED, TRANSFERRED, ABANDONED, TIMEOUT, EXIT_EMPTY, EXIT_KEY;

	boolean answered() {
		return this == ANSWERED || this == TRANSFERRED;
	}

}
