package it.sportello.channels.mail;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A mailbox of its own on the test's GreenMail for each test: messages are delivered to it over SMTP exactly as they
 * are on disk, and the poller reads it over IMAP.
 */
final class Mailboxes {

	private final GreenMail greenMail;

	Mailboxes(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/** A new mailbox: its address, and the {@code imap://} URL of its INBOX. */
	record Mailbox(String address, String login, MailProperties.Inbox inbox) {
	}

	Mailbox create() {
		String login = "box" + UUID.randomUUID().toString().substring(0, 8);
		String address = login + "@regione.basilicata.example";
		greenMail.setUser(address, login, "secret");
		URI url = URI.create("imap://" + login + ":secret@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX");
		return new Mailbox(address, login, new MailProperties.Inbox(url));
	}

	/** Delivers the raw message over SMTP, bytes unchanged (no header rewritten). */
	void deliver(Mailbox mailbox, byte[] raw) throws MessagingException {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			transport.sendMessage(message, new Address[] { new InternetAddress(mailbox.address()) });
		}
	}

	/** The messages in a folder of the mailbox, with whether each has been read. */
	List<Boolean> seenFlags(Mailbox mailbox, String folderName) throws MessagingException {
		try (Store store = store(); ) {
			store.connect("127.0.0.1", greenMail.getImap().getPort(), mailbox.login(), "secret");
			Folder folder = store.getFolder(folderName);
			if (!folder.exists()) {
				return List.of();
			}
			folder.open(Folder.READ_ONLY);
			try {
				return Arrays.stream(folder.getMessages()).map(Mailboxes::seen).toList();
			}
			finally {
				folder.close(false);
			}
		}
	}

	/** Marks every message of the INBOX unread again: as if the application stopped before flagging them. */
	void markAllUnread(Mailbox mailbox) throws MessagingException {
		try (Store store = store()) {
			store.connect("127.0.0.1", greenMail.getImap().getPort(), mailbox.login(), "secret");
			Folder folder = store.getFolder("INBOX");
			folder.open(Folder.READ_WRITE);
			try {
				folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.SEEN), false);
			}
			finally {
				folder.close(false);
			}
		}
	}

	/** What our SMTP server received for this recipient, oldest first. */
	List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				Address[] to = m.getRecipients(Message.RecipientType.TO);
				return to != null && Arrays.stream(to)
					.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static Store store() throws MessagingException {
		return Session.getInstance(new Properties()).getStore("imap");
	}

	private static boolean seen(Message message) {
		try {
			return message.isSet(Flags.Flag.SEEN);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
