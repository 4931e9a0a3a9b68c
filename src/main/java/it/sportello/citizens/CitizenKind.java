package it.sportello.citizens;

/** A citizen is a person (16-character fiscal code) or a company/organisation (11-digit fiscal code). */
public enum CitizenKind {
	PERSON, COMPANY
}
