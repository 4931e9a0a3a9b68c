package it.sportello.channels.sms;

/** Sends a text message through the provider the administration has a contract with. */
public interface SmsGateway {

	/**
	 * Sends {@code text} to {@code to} (E.164) and answers the provider's identifier of the message.
	 *
	 * @throws SmsSendException when the provider cannot be reached or refuses the message
	 */
	String send(String to, String text);

	/** Whether a provider is configured at all (else SMS notifications wait, reported as not sent). */
	boolean configured();

}
