package it.sportello.search;

import it.sportello.shared.ConflictException;

/** A second rebuild was asked for while one is running: running both would only double the work. */
public class RebuildInProgressException extends ConflictException {

	public RebuildInProgressException() {
		super("search.rebuild-in-progress");
	}

}
