package it.sportello.shared;

/** How a request reaches the contact center, or how a citizen prefers to be contacted back (S-CH1). */
public enum Channel {
	PHONE, EMAIL, WEB, SMS, FAX, LETTER, COUNTER
}
