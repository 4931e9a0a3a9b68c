package it.sportello.channels.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import it.sportello.channels.mail.ReadMail.MailFile;
import it.sportello.channels.mail.ReadMail.MailKind;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import org.jspecify.annotations.Nullable;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a raw RFC 5322 message with Jakarta Mail: decodes subjects and names (RFC 2047), bodies in their declared
 * charset and transfer encoding, prefers the plain part of an alternative and derives text from an HTML-only message
 * (sanitised first), keeps attachments, unwraps a forwarded original and a PEC envelope, and says what kind of
 * message it is (a request, an automatic reply, a bounce, list traffic, a PEC receipt).
 */
public class MailReader {

	/** A subject tag that names a ticket, as our outgoing messages carry it. */
	static final Pattern TICKET_TAG = Pattern.compile("\\[Sportello (\\d{4}-\\d{6})]");

	/** Our outgoing Message-IDs: {@code <sportello.<ticket>.<timestamp>.<n>@domain>}. */
	static final Pattern OUR_MESSAGE_ID = Pattern.compile("<?sportello\\.(\\d{4}-\\d{6})\\.[^@>]+@[^>]+>?");

	private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
			"(?i)^\\s*(risposta automatica|fuori ufficio|out of office|automatic reply|auto(matic)?[ -]?reply|"
					+ "assente|absence|autoreply|abwesenheit)");

	private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?i)^\\s*(i|fw|fwd|inoltro|tr)\\s*:");

	private static final Pattern STATUS_RECIPIENT = Pattern.compile("(?im)^Final-Recipient:\\s*rfc822;\\s*(\\S+)\\s*$");

	/** What HTML keeps before its text is taken: no scripts, styles, event handlers or remote content. */
	private static final PolicyFactory HTML_POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES);

	private final Session session;

	public MailReader() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.decodefilename", "true");
		properties.setProperty("mail.mime.decodeparameters", "true");
		properties.setProperty("mail.mime.address.strict", "false");
		this.session = Session.getInstance(properties);
	}

	/**
	 * Reads the message; {@code receivedAt} stands in for a missing or unreadable Date.
	 *
	 * @throws UnreadableMailException when the bytes are not a message that can be read
	 */
	public ReadMail read(byte[] raw, Instant receivedAt) {
		try {
			MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
			return read(message, raw, receivedAt);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			throw new UnreadableMailException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

	private ReadMail read(MimeMessage message, byte[] raw, Instant receivedAt) throws MessagingException, IOException {
		String messageId = messageId(message, raw);
		Instant sentAt = sentAt(message, receivedAt);
		String transport = header(message, "X-Trasporto");
		String receipt = header(message, "X-Ricevuta");
		if (receipt != null) {
			return plain(message, messageId, sentAt, MailKind.CERTIFIED_RECEIPT)
				.withReference(stripAngles(header(message, "X-Riferimento-Message-ID")))
				.withFiles(List.of(new MailFile("ricevuta-pec.eml", raw)))
				.build();
		}
		if (isBounce(message)) {
			return bounce(message, messageId, sentAt);
		}
		if (isAutoReply(message)) {
			return plain(message, messageId, sentAt, MailKind.AUTO_REPLY).build();
		}
		if (header(message, "List-Id") != null || header(message, "List-Unsubscribe") != null
				|| "list".equalsIgnoreCase(header(message, "Precedence"))) {
			return plain(message, messageId, sentAt, MailKind.MAILING_LIST).build();
		}
		if (transport != null && transport.trim().equalsIgnoreCase("posta-certificata")) {
			return certified(message, raw, messageId, sentAt);
		}
		Content content = new Content();
		collect(message, content, true);
		Builder builder = plain(message, messageId, sentAt, MailKind.REQUEST).withText(content.text())
			.withFiles(content.files);
		if (content.forwarded.size() == 1 && isForward(message)) {
			// Forwarded "per competenza": the request is the original's, its sender the citizen.
			Forwarded original = content.forwarded.get(0);
			MimeMessage inner = original.message;
			Content innerContent = new Content();
			collect(inner, innerContent, true);
			InternetAddress from = firstAddress(inner.getFrom());
			if (from != null) {
				builder.fromAddress = normalisedAddress(from);
				builder.fromName = personal(from);
				String forwardedBy = builder.text.isBlank() ? "" : builder.text.strip() + "\n\n";
				builder.text = forwardedBy + "---------- Messaggio inoltrato ----------\n" + innerContent.text();
				List<MailFile> files = new ArrayList<>(innerContent.files);
				files.addAll(content.files);
				builder.files = files;
				String innerSubject = decodedSubject(inner);
				if (innerSubject != null) {
					builder.subject = innerSubject;
				}
			}
		}
		return builder.build();
	}

	private ReadMail certified(MimeMessage envelope, byte[] raw, String messageId, Instant sentAt)
			throws MessagingException, IOException {
		Content content = new Content();
		collect(envelope, content, true);
		Forwarded original = content.forwarded.stream()
			.filter(f -> f.name != null && f.name.equalsIgnoreCase("postacert.eml"))
			.findFirst()
			.orElse(content.forwarded.isEmpty() ? null : content.forwarded.get(0));
		Builder builder = plain(envelope, messageId, sentAt, MailKind.CERTIFIED);
		DatiCert daticert = content.daticert == null ? null : daticert(content.daticert);
		if (original == null) {
			throw new UnreadableMailException("PEC envelope without postacert.eml", null);
		}
		MimeMessage inner = original.message;
		Content innerContent = new Content();
		collect(inner, innerContent, true);
		InternetAddress from = firstAddress(inner.getFrom());
		builder.fromAddress = from != null ? normalisedAddress(from)
				: daticert != null ? daticert.sender : builder.fromAddress;
		builder.fromName = from != null ? personal(from) : null;
		String innerSubject = decodedSubject(inner);
		builder.subject = innerSubject != null ? innerSubject : daticert != null ? daticert.subject : null;
		builder.text = innerContent.text();
		builder.threadIds = threadIds(inner);
		List<MailFile> files = new ArrayList<>(innerContent.files);
		// The certified envelope as received, as evidence of the sending (S-CH1, PEC).
		files.add(new MailFile("busta-pec.eml", raw));
		builder.files = files;
		return builder.build();
	}

	private ReadMail bounce(MimeMessage message, String messageId, Instant sentAt) throws MessagingException, IOException {
		Content content = new Content();
		collect(message, content, false);
		String report = String.join("\n", content.reports);
		String failed = null;
		Matcher recipient = STATUS_RECIPIENT.matcher(report);
		if (recipient.find()) {
			failed = recipient.group(1).toLowerCase(Locale.ROOT);
		}
		String reference = null;
		Matcher ours = OUR_MESSAGE_ID.matcher(report);
		if (ours.find()) {
			reference = stripAngles(ours.group());
		}
		return plain(message, messageId, sentAt, MailKind.BOUNCE).withText(content.text())
			.withFailedRecipient(failed)
			.withReference(reference)
			.build();
	}

	private Builder plain(MimeMessage message, String messageId, Instant sentAt, MailKind kind)
			throws MessagingException {
		Builder builder = new Builder(messageId, kind, sentAt);
		InternetAddress from = firstAddress(safeFrom(message));
		if (from != null) {
			builder.fromAddress = normalisedAddress(from);
			builder.fromName = personal(from);
		}
		InternetAddress to = firstAddress(safeRecipients(message));
		builder.to = to == null ? null : normalisedAddress(to);
		builder.subject = decodedSubject(message);
		builder.threadIds = threadIds(message);
		return builder;
	}

	private static boolean isBounce(MimeMessage message) throws MessagingException {
		String type = message.getContentType();
		if (type != null) {
			try {
				ContentType contentType = new ContentType(type);
				if (contentType.match("multipart/report")
						&& "delivery-status".equalsIgnoreCase(contentType.getParameter("report-type"))) {
					return true;
				}
			}
			catch (ParseException ex) {
				// An unreadable Content-Type is not a report: read on as any other message.
			}
		}
		String from = header(message, "From");
		String returnPath = header(message, "Return-Path");
		return returnPath != null && returnPath.trim().equals("<>") && from != null
				&& from.toLowerCase(Locale.ROOT).contains("mailer-daemon");
	}

	private static boolean isAutoReply(MimeMessage message) throws MessagingException {
		String autoSubmitted = header(message, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.trim().equalsIgnoreCase("no")) {
			return true;
		}
		if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
			return true;
		}
		String precedence = header(message, "Precedence");
		if (precedence != null && (precedence.trim().equalsIgnoreCase("bulk")
				|| precedence.trim().equalsIgnoreCase("junk") || precedence.trim().equalsIgnoreCase("auto_reply"))) {
			return true;
		}
		String subject = decodedSubject(message);
		return subject != null && AUTO_REPLY_SUBJECT.matcher(subject).find();
	}

	private static boolean isForward(MimeMessage message) throws MessagingException {
		String subject = decodedSubject(message);
		return subject != null && FORWARD_SUBJECT.matcher(subject).find();
	}

	/** Walks the parts: text bodies, attachments, forwarded messages, delivery reports, PEC data. */
	private void collect(Part part, Content content, boolean keepFiles) throws MessagingException, IOException {
		String type = part.getContentType() == null ? "text/plain" : part.getContentType();
		ContentType contentType;
		try {
			contentType = new ContentType(type);
		}
		catch (ParseException ex) {
			contentType = new ContentType("application", "octet-stream", null);
		}
		String name = fileName(part);
		boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		if (contentType.match("multipart/alternative")) {
			Multipart multipart = (Multipart) part.getContent();
			BodyPart plainPart = null;
			BodyPart htmlPart = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart candidate = multipart.getBodyPart(i);
				if (candidate.isMimeType("text/plain") && plainPart == null) {
					plainPart = candidate;
				}
				else if (candidate.isMimeType("text/html") && htmlPart == null) {
					htmlPart = candidate;
				}
				else if (candidate.isMimeType("multipart/*")) {
					collect(candidate, content, keepFiles);
				}
			}
			if (plainPart != null) {
				content.texts.add(text(plainPart));
			}
			else if (htmlPart != null) {
				content.texts.add(htmlToText(text(htmlPart)));
			}
			return;
		}
		if (contentType.match("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), content, keepFiles);
			}
			return;
		}
		if (contentType.match("message/rfc822")) {
			Object inner = part.getContent();
			byte[] bytes = bytes(part);
			MimeMessage message = inner instanceof MimeMessage m ? m
					: new MimeMessage(session, new ByteArrayInputStream(bytes));
			content.forwarded.add(new Forwarded(name, message));
			if (keepFiles) {
				content.files.add(new MailFile(name != null ? name : "messaggio.eml", bytes));
			}
			return;
		}
		if (contentType.match("message/delivery-status") || contentType.match("text/rfc822-headers")
				|| contentType.match("message/rfc822-headers")) {
			content.reports.add(new String(bytes(part), StandardCharsets.UTF_8));
			return;
		}
		if (name != null && name.equalsIgnoreCase("daticert.xml")) {
			content.daticert = bytes(part);
			return;
		}
		if (contentType.match("application/pkcs7-signature") || contentType.match("application/x-pkcs7-signature")) {
			// The signature of a PEC envelope: kept with the envelope, not as a file of its own.
			return;
		}
		if (!attachment && name == null && contentType.match("text/plain")) {
			content.texts.add(text(part));
			return;
		}
		if (!attachment && name == null && contentType.match("text/html")) {
			content.texts.add(htmlToText(text(part)));
			return;
		}
		if (keepFiles) {
			content.files.add(new MailFile(name != null ? name : "allegato", bytes(part)));
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		Object body;
		try {
			body = part.getContent();
		}
		catch (UnsupportedEncodingException ex) {
			// An unknown charset: read as Latin-1, which maps every byte, rather than lose the message.
			return new String(bytes(part), StandardCharsets.ISO_8859_1);
		}
		if (body instanceof String s) {
			return s.replace("\r\n", "\n");
		}
		return new String(bytes(part), StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	private static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	/** Text of an HTML body: sanitised with the OWASP policy, then its text with line breaks kept. */
	static String htmlToText(String html) {
		String safe = HTML_POLICY.sanitize(html);
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(safe);
		StringBuilder text = new StringBuilder();
		org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
			@Override
			public void head(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof org.jsoup.nodes.TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node.nodeName().equals("br")) {
					text.append('\n');
				}
				else if (node.nodeName().equals("li")) {
					text.append("\n- ");
				}
			}

			@Override
			public void tail(org.jsoup.nodes.Node node, int depth) {
				switch (node.nodeName()) {
					case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol" ->
						text.append("\n\n");
					case "tr" -> text.append('\n');
					case "td", "th" -> text.append('\t');
					default -> {
					}
				}
			}
		}, document.body());
		return text.toString().replace('\u00a0', ' ').replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}

	private static @Nullable String fileName(Part part) throws MessagingException {
		String name;
		try {
			name = part.getFileName();
		}
		catch (ParseException ex) {
			name = null;
		}
		if (name == null) {
			return null;
		}
		try {
			name = MimeUtility.decodeText(name);
		}
		catch (UnsupportedEncodingException ex) {
			// Left as it came.
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		return base.isEmpty() ? null : base;
	}

	private static @Nullable String decodedSubject(MimeMessage message) throws MessagingException {
		String raw = message.getHeader("Subject", null);
		if (raw == null) {
			return null;
		}
		String unfolded = MimeUtility.unfold(raw);
		try {
			unfolded = MimeUtility.decodeText(unfolded);
		}
		catch (UnsupportedEncodingException ex) {
			// An unknown charset in an encoded word: kept as it came.
		}
		String subject = unfolded.strip();
		return subject.isEmpty() ? null : subject;
	}

	private static List<String> threadIds(MimeMessage message) throws MessagingException {
		List<String> ids = new ArrayList<>();
		for (String header : List.of("In-Reply-To", "References")) {
			String value = message.getHeader(header, " ");
			if (value != null) {
				Matcher id = Pattern.compile("<[^<>\\s]+>").matcher(MimeUtility.unfold(value));
				while (id.find()) {
					ids.add(stripAngles(id.group()));
				}
			}
		}
		return ids;
	}

	private static String messageId(MimeMessage message, byte[] raw) throws MessagingException {
		String id = message.getHeader("Message-ID", null);
		if (id != null && !id.isBlank()) {
			String stripped = stripAngles(MimeUtility.unfold(id).strip());
			if (stripped != null && stripped.length() <= 900) {
				return stripped;
			}
		}
		// No usable Message-ID: the message's own digest identifies it, so that reading it again finds it.
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(raw);
			return "sha256:" + java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant sentAt(MimeMessage message, Instant fallback) {
		try {
			Date date = message.getSentDate();
			return date == null ? fallback : date.toInstant();
		}
		catch (MessagingException ex) {
			return fallback;
		}
	}

	private static Address @Nullable [] safeFrom(MimeMessage message) {
		try {
			return message.getFrom();
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static Address @Nullable [] safeRecipients(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO);
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static @Nullable InternetAddress firstAddress(Address @Nullable [] addresses) {
		if (addresses == null) {
			return null;
		}
		for (Address address : addresses) {
			if (address instanceof InternetAddress internet && internet.getAddress() != null
					&& internet.getAddress().contains("@")) {
				return internet;
			}
		}
		return null;
	}

	private static String normalisedAddress(InternetAddress address) {
		return address.getAddress().strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String personal(InternetAddress address) {
		String personal = address.getPersonal();
		return personal == null || personal.isBlank() ? null : personal.strip();
	}

	private static @Nullable String header(MimeMessage message, String name) throws MessagingException {
		return message.getHeader(name, ",");
	}

	static @Nullable String stripAngles(@Nullable String id) {
		if (id == null) {
			return null;
		}
		String s = id.strip();
		if (s.startsWith("<")) {
			s = s.substring(1);
		}
		if (s.endsWith(">")) {
			s = s.substring(0, s.length() - 1);
		}
		return s.isBlank() ? null : s;
	}

	/** The sender and subject the PEC provider certified, read with external entities and DTDs off (no XXE). */
	private static @Nullable DatiCert daticert(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			return new DatiCert(firstText(document, "mittente"), firstText(document, "oggetto"));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			return null;
		}
	}

	private static @Nullable String firstText(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		if (nodes.getLength() == 0) {
			return null;
		}
		String text = nodes.item(0).getTextContent();
		return text == null || text.isBlank() ? null : text.strip();
	}

	private record DatiCert(@Nullable String sender, @Nullable String subject) {
	}

	private record Forwarded(@Nullable String name, MimeMessage message) {
	}

	private static final class Content {

		final List<String> texts = new ArrayList<>();

		final List<MailFile> files = new ArrayList<>();

		final List<Forwarded> forwarded = new ArrayList<>();

		final List<String> reports = new ArrayList<>();

		byte @Nullable [] daticert;

		String text() {
			return String.join("\n\n", texts.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
		}

	}

	private static final class Builder {

		final String messageId;

		final MailKind kind;

		final Instant sentAt;

		@Nullable String fromAddress;

		@Nullable String fromName;

		@Nullable String to;

		@Nullable String subject;

		String text = "";

		List<String> threadIds = List.of();

		List<MailFile> files = List.of();

		@Nullable String failedRecipient;

		@Nullable String reference;

		Builder(String messageId, MailKind kind, Instant sentAt) {
			this.messageId = messageId;
			this.kind = kind;
			this.sentAt = sentAt;
		}

		Builder withText(String text) {
			this.text = text;
			return this;
		}

		Builder withFiles(List<MailFile> files) {
			this.files = files;
			return this;
		}

		Builder withFailedRecipient(@Nullable String failed) {
			this.failedRecipient = failed;
			return this;
		}

		Builder withReference(@Nullable String reference) {
			this.reference = reference;
			return this;
		}

		ReadMail build() {
			return new ReadMail(messageId, kind, fromAddress, fromName, to, subject, text, sentAt, threadIds, files,
					failedRecipient, reference);
		}

	}

}
