package it.sportello.channels.mail;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail channel's settings ({@code sportello.mail.*}); outgoing mail uses Spring Boot's {@code spring.mail.*}.
 *
 * @param inboxes the mailboxes polled, each an {@code imap://} or {@code imaps://} URL with user, password and folder
 * @param pollInterval how often each mailbox is read
 * @param from the address our notifications come from (and replies go to)
 * @param rejectedFolder where a message that cannot be read is moved, in its mailbox
 * @param maxMessagesPerPoll the most messages read from a mailbox in one poll (the rest wait for the next)
 */
@ConfigurationProperties("sportello.mail")
public record MailProperties(List<Inbox> inboxes, @DefaultValue("PT1M") Duration pollInterval,
		@DefaultValue("sportello@localhost") String from, @DefaultValue("Sportello-scartati") String rejectedFolder,
		@DefaultValue("50") int maxMessagesPerPoll) {

	public MailProperties {
		inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
		for (Inbox inbox : inboxes) {
			String scheme = inbox.url().getScheme();
			if (!"imap".equalsIgnoreCase(scheme) && !"imaps".equalsIgnoreCase(scheme)) {
				throw new IllegalArgumentException("sportello.mail.inboxes[].url must be an imap:// or imaps:// URL");
			}
		}
	}

	/** The domain of our Message-IDs: the one of {@link #from}. */
	public String messageIdDomain() {
		int at = from.lastIndexOf('@');
		return at < 0 ? "localhost" : from.substring(at + 1);
	}

	/**
	 * One mailbox: {@code imap://user:password@host:143/INBOX} (or {@code imaps://}); the folder defaults to INBOX.
	 */
	public record Inbox(URI url) {

		/** The URL without the password, for logs and reports. */
		public String safeName() {
			String userInfo = url.getUserInfo();
			String user = userInfo == null ? "" : userInfo.split(":", 2)[0] + "@";
			return url.getScheme() + "://" + user + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
					+ (url.getPath() == null ? "" : url.getPath());
		}

	}

}
