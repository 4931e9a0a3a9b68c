package it.sportello.channels.sms;

/** The provider did not take the message: the reason says why (status, network), without the message's text. */
public class SmsSendException extends RuntimeException {

	public SmsSendException(String reason) {
		super(reason);
	}

	public SmsSendException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
