package it.sportello.knowledge;

/**
 * Where an information sheet stands in its lifecycle. Only {@link #ACTIVE} content inside its validity is shown to
 * operators and used for answers.
 */
public enum SheetState {

	/** Being written by the URP with the department's support; signed off by the URP and the office head. */
	DRAFT,
	/** Both sign-offs given: waits for the office head's notice to the Information Society office. */
	APPROVED,
	/** The notice was sent: waits for publication by the contact-center manager or the back office. */
	NOTIFIED,
	/** Published: operators answer from it while it is valid. */
	ACTIVE,
	/** Its validity ended. */
	EXPIRED,
	/** Withdrawn for good. */
	ARCHIVED

}
