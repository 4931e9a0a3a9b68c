package it.sportello.ticketing;

/**
 * Another way, besides the citizen's own fiscal code, phone or e-mail, for a citizen to prove that a ticket is theirs
 * when following it (S-TT12): the channels give the citizen a short access code with the acknowledgement and
 * implement this to check it. Public tracking asks every implementation.
 */
public interface TrackingProof {

	/** Whether {@code proof}, as the citizen typed it, proves that the ticket is theirs. */
	boolean proves(TicketNumber number, String proof);

}
