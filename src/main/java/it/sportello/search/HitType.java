package it.sportello.search;

/** What a search hit is: the kinds of document the modules contribute to the one search box. */
public enum HitType {

	/** A person of the phone directory ({@code E0134}). */
	PERSON,
	/** An office or URP ({@code AGRI-06}). */
	OFFICE,
	/** An information sheet ({@code SI-0001}). */
	SHEET,
	/** A frequently asked question of a sheet ({@code FAQ-0001}). */
	FAQ,
	/** An authorization procedure ({@code PR-0001}). */
	PROCEDURE

}
