package it.sportello.ticketing;

/** The three levels of the contact center. */
public enum Level {
	FIRST_LEVEL, BACK_OFFICE, DEPARTMENT
}
