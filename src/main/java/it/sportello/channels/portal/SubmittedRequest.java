package it.sportello.channels.portal;

/** The ticket a portal request opened and the access code the citizen follows it with. */
public record SubmittedRequest(String number, String accessCode) {
}
