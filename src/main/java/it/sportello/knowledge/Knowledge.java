package it.sportello.knowledge;

import java.util.Optional;

/**
 * The knowledge portal as other modules see it: the information sheets operators may answer from (S-KB8).
 */
public interface Knowledge {

	/**
	 * The sheet if operators may use it today (published and inside its validity, by the Europe/Rome date of the
	 * application's clock), with the version in use; empty for drafts, expired, archived or unknown sheets.
	 */
	Optional<SheetReference> usableSheet(String id);

}
