package it.sportello.channels.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import it.sportello.channels.internal.Outbox;
import it.sportello.channels.internal.OutboxSender;
import it.sportello.channels.mail.Mailboxes.Mailbox;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.Attachments;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.MessageDirection;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketMessage;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.internal.TicketManagement;
import it.sportello.ticketing.internal.TicketQueries;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-mail channel end to end: messages delivered over SMTP to a GreenMail mailbox, read by the poller over IMAP,
 * turned into tickets through ticketing's façade; notifications written to the outbox and sent to GreenMail's SMTP.
 */
@SportelloIntegrationTest
class MailChannelIntegrationTests {

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Rossi", Role.FIRST_LEVEL, null, null);

	static final StaffMember AGRI_SUPPORT = new StaffMember("supporto.agri", "Supporto Agricoltura",
			Role.DEPARTMENT_SUPPORT, "AGRI", null);

	static final List<String> FIXTURES = List.of("01-plain-text-utf8.eml", "02-html-only.eml",
			"03-multipart-alternative.eml", "04-pdf-attachment.eml", "05-jpeg-attachment.eml",
			"06-reply-to-ticket.eml", "07-auto-reply-out-of-office.eml", "08-bounce-dsn.eml",
			"09-pec-posta-certificata.eml", "10-iso-8859-1-quoted-printable.eml", "11-rfc2047-encoded-subject.eml",
			"12-long-body.eml", "13-no-subject.eml", "14-forwarded-message.eml");

	@Autowired
	GreenMail greenMail;

	@Autowired
	MailPoller poller;

	@Autowired
	MailReader reader;

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	TicketDesk desk;

	@Autowired
	TicketQueries queries;

	@Autowired
	TicketManagement management;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	Mailboxes mailboxes;

	Api api;

	@BeforeEach
	void setUp() {
		mailboxes = new Mailboxes(greenMail);
		api = new Api(port);
	}

	@Test
	void everyFixtureIsReadOnceAndOnlyRequestsOpenTicketsEvenWhenReadAgainAfterACrash() throws Exception {
		Mailbox mailbox = mailboxes.create();
		for (String fixture : FIXTURES) {
			mailboxes.deliver(mailbox, MailReaderTests.fixture(fixture));
		}

		MailPoller.PollReport report = poller.poll(mailbox.inbox());

		assertThat(report).isEqualTo(new MailPoller.PollReport(14, 0, 0));
		assertThat(mailboxes.seenFlags(mailbox, "INBOX")).hasSize(14).containsOnly(true);
		for (String fixture : List.of("01-plain-text-utf8.eml", "02-html-only.eml", "03-multipart-alternative.eml",
				"04-pdf-attachment.eml", "05-jpeg-attachment.eml", "06-reply-to-ticket.eml",
				"09-pec-posta-certificata.eml", "10-iso-8859-1-quoted-printable.eml", "11-rfc2047-encoded-subject.eml",
				"12-long-body.eml", "13-no-subject.eml", "14-forwarded-message.eml")) {
			assertThat(storedTimes(fixture)).as(fixture).isEqualTo(1);
		}
		assertThat(storedTimes("07-auto-reply-out-of-office.eml")).isZero();
		assertThat(storedTimes("08-bounce-dsn.eml")).isZero();

		var pec = queries.get(ticketOf("09-pec-posta-certificata.eml"), OPERATOR);
		assertThat(pec.channel()).isEqualTo(Channel.EMAIL);
		assertThat(pec.subject()).startsWith("PEC: ").contains("accesso agli atti");
		assertThat(pec.citizen().email()).isEqualTo("mario.esposito@pec.example.it");
		assertThat(firstMessage("09-pec-posta-certificata.eml").attachments()).extracting(this::nameOf)
			.contains("busta-pec.eml")
			.anySatisfy(name -> assertThat(name).endsWith(".pdf"));

		var forwarded = queries.get(ticketOf("14-forwarded-message.eml"), OPERATOR);
		assertThat(forwarded.citizen().email()).isEqualTo("pasquale.giuzio@example.it");
		assertThat(forwarded.subject()).isEqualTo("Contributo per togliere l'eternit dal garage");

		var noSubject = queries.get(ticketOf("13-no-subject.eml"), OPERATOR);
		assertThat(noSubject.subject()).startsWith("(senza oggetto) ");

		var pdf = firstMessage("04-pdf-attachment.eml");
		assertThat(pdf.attachments()).singleElement()
			.satisfies(id -> assertThat(attachments.describe(id).orElseThrow().mediaType()).isEqualTo("application/pdf"));
		assertThat(firstMessage("05-jpeg-attachment.eml").attachments()).singleElement()
			.satisfies(id -> assertThat(attachments.describe(id).orElseThrow().mediaType()).isEqualTo("image/jpeg"));
		assertThat(firstMessage("12-long-body.eml").body().length()).isGreaterThan(40_000);
		assertThat(queries.get(ticketOf("12-long-body.eml"), OPERATOR).description()).hasSizeLessThanOrEqualTo(4000);
		assertThat(firstMessage("11-rfc2047-encoded-subject.eml").subject()).doesNotContain("=?");
		assertThat(queries.get(ticketOf("11-rfc2047-encoded-subject.eml"), OPERATOR).citizen().displayName())
			.contains("Nicolò").contains("Lucà");

		// The application stopped after the commits, before flagging the messages: they are all read again.
		mailboxes.markAllUnread(mailbox);
		assertThat(poller.poll(mailbox.inbox())).isEqualTo(new MailPoller.PollReport(14, 0, 0));
		for (String fixture : FIXTURES) {
			assertThat(storedTimes(fixture)).as(fixture).isLessThanOrEqualTo(1);
		}
		assertThat(poller.poll(mailbox.inbox())).isEqualTo(new MailPoller.PollReport(0, 0, 0));
	}

	@Test
	void aNewMessageIsAcknowledgedWithItsNumberAndTrackingLinkAndTheAnswerIsSentOnClosing() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "anna.lauria." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Anna Lauria", "Orari ufficio caccia", "<" + UUID.randomUUID()
				+ "@example.it>", null, "Buongiorno, a che ora apre l'ufficio caccia?"));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);

		MimeMessage ack = sentTo(citizen, 1).get(0);
		assertThat(ack.getSubject()).contains("[Sportello " + number + "]");
		assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		String ackBody = (String) ack.getContent();
		assertThat(ackBody).contains(number).contains("/traccia").contains("we have received your request");
		// The access code it carries lets the citizen follow the request on the public tracking page.
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("codice di accesso ([A-Z2-9]{4}-[A-Z2-9]{4})")
			.matcher(ackBody);
		assertThat(code.find()).as(ackBody).isTrue();
		assertThat(api.post(null, "/api/v1/public/tracking", java.util.Map.of("number", number, "proof", code.group(1)))
			.status()).isEqualTo(200);
		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.OUT)
			.singleElement()
			.satisfies(out -> assertThat("<" + out.externalId() + ">").isEqualTo(ack.getMessageID()));

		management.close(number, null, "L'ufficio caccia apre dalle 9 alle 12.", false, OPERATOR);

		MimeMessage answer = sentTo(citizen, 2).get(1);
		assertThat(answer.getSubject()).contains("[Sportello " + number + "]");
		assertThat((String) answer.getContent()).contains("L'ufficio caccia apre dalle 9 alle 12.");
		JsonNode notifications = api.get("operatore", "/api/v1/tickets/" + number + "/notifications").body();
		assertThat(notifications.path("notifications").findValuesAsString("kind")).containsExactly("ACKNOWLEDGEMENT",
				"ANSWER");
		assertThat(notifications.path("notifications").findValuesAsString("status")).containsOnly("SENT");
	}

	@Test
	void theClosingEmailCarriesAWorkingSurveyLinkThatTakesOneAnswerOnly() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "rocco.sileo." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Rocco Sileo", "Tesserino venatorio", "<" + UUID.randomUUID()
				+ "@example.it>", null, "Come rinnovo il tesserino venatorio?"));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);
		management.close(number, null, "Il tesserino si rinnova presso l'ufficio caccia.", false, OPERATOR);

		// The acknowledgement and the answer may leave in the same round: the answer is the one with the answer's text.
		String answer = null;
		for (MimeMessage sent : sentTo(citizen, 2)) {
			String content = (String) sent.getContent();
			if (content.contains("Il tesserino si rinnova")) {
				answer = content;
			}
		}
		assertThat(answer).isNotNull();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+(/sondaggio/[A-Za-z0-9_-]+)")
			.matcher(answer);
		assertThat(link.find()).as(answer).isTrue();
		String path = link.group(1);
		assertThat(answer).doesNotContain("{survey}");

		java.net.http.HttpResponse<String> form = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("La risposta le è stata utile?");

		String token = path.substring("/sondaggio/".length());
		java.util.Map<String, Object> marks = java.util.Map.of("usefulness", 5, "speed", 4);
		assertThat(api.post(null, "/api/v1/public/surveys/" + token, marks).status()).isEqualTo(204);
		Api.Response again = api.post(null, "/api/v1/public/surveys/" + token, marks);
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aPecDeliveryReceiptOfOurMessageIsAttachedToItsTicketAndOpensNoTicket() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "carmela.pace." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Carmela Pace", "Contributo affitti", "<" + UUID.randomUUID()
				+ "@example.it>", null, "Quando esce la graduatoria?"));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);
		String ours = sentTo(citizen, 1).get(0).getMessageID();
		String receiptId = "<" + UUID.randomUUID() + "@pec.example.it>";
		String receipt = "From: posta-certificata@pec.example.it\r\nTo: sportello@cert.regione.basilicata.example\r\n"
				+ "Subject: CONSEGNA: Abbiamo ricevuto la sua richiesta\r\nX-Ricevuta: avvenuta-consegna\r\n"
				+ "X-Riferimento-Message-ID: " + ours + "\r\nMessage-ID: " + receiptId + "\r\n"
				+ "Date: Tue, 1 Dec 2026 10:05:00 +0100\r\n\r\nRicevuta di avvenuta consegna\r\n";
		mailboxes.deliver(mailbox, receipt.getBytes(StandardCharsets.US_ASCII));
		assertThat(poller.poll(mailbox.inbox()).read()).isEqualTo(1);

		// Stored once, on our ticket: no ticket of its own.
		assertThat(jdbc.queryForList("select t.number from ticket_message m join ticket t on t.id = m.ticket_id "
				+ "where m.external_id like ?", String.class, "%" + receiptId.substring(1, receiptId.length() - 1) + "%"))
			.containsExactly(number);
		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.IN)
			.filteredOn(m -> m.subject() != null && m.subject().startsWith("CONSEGNA:"))
			.singleElement()
			.satisfies(m -> assertThat(m.attachments()).extracting(this::nameOf).contains("ricevuta-pec.eml"));
	}

	@Test
	void theDepartmentsQuestionIsMailedAndTheCitizensTaggedReplyResumesTheTicket() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "antonio.lovallo." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Antonio Lovallo", "Richiesta informazioni esenzione bollo",
				"<" + UUID.randomUUID() + "@example.it>", null, "Vorrei sapere se mio padre ha diritto all'esenzione."));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);
		management.escalateToDepartment(number, null, "AGRI", "Di competenza del dipartimento", OPERATOR);
		management.waitForCitizen(number, null, "Ci invii il verbale di invalidità, per favore.", AGRI_SUPPORT);

		MimeMessage question = sentTo(citizen, 2).get(1);
		assertThat((String) question.getContent()).contains("Ci invii il verbale di invalidità, per favore.");

		// The fixture reply, addressed to this ticket and answering our question's Message-ID.
		String reply = new String(MailReaderTests.fixture("06-reply-to-ticket.eml"), StandardCharsets.UTF_8)
			.replace("2026-000123", number)
			.replace("antonio.lovallo@example.it", citizen)
			.replace("<5e7c1a90-2b3d-4f6e-8a1c-9d0e2f3b4c06@example.it>", "<" + UUID.randomUUID() + "@example.it>");
		mailboxes.deliver(mailbox, reply.getBytes(StandardCharsets.UTF_8));
		assertThat(poller.poll(mailbox.inbox()).read()).isEqualTo(1);

		assertThat(queries.get(number, AGRI_SUPPORT).state()).isEqualTo(TicketState.ASSIGNED);
		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.IN)
			.hasSize(2)
			.last()
			.satisfies(m -> assertThat(m.subject()).contains("[Sportello " + number + "]"));
	}

	@Test
	void aReplyToAClosedTicketIsAddedAndShownToFirstLevel() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "rosa.colucci." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		String first = "<" + UUID.randomUUID() + "@example.it>";
		mailboxes.deliver(mailbox, message(citizen, "Rosa Colucci", "Tesserino funghi", first, null,
				"Come si rinnova il tesserino?"));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);
		management.close(number, null, "Si rinnova online.", false, OPERATOR);
		await().atMost(Duration.ofSeconds(20)).until(() -> !inboxHas(number, "NEW"));
		String ours = sentTo(citizen, 2).get(1).getMessageID();

		// No tag in the subject: the reply is found by the Message-ID it answers.
		mailboxes.deliver(mailbox, message(citizen, "Rosa Colucci", "Re: ancora sul tesserino",
				"<" + UUID.randomUUID() + "@example.it>", ours, "Non trovo la pagina per il rinnovo."));
		poller.poll(mailbox.inbox());

		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.IN)
			.extracting(TicketMessage::body)
			.last()
			.asString()
			.contains("Non trovo la pagina per il rinnovo.");
		assertThat(queries.get(number, OPERATOR).state()).isEqualTo(TicketState.CLOSED);
		assertThat(inboxHas(number, "REPLY_TO_CLOSED")).isTrue();
	}

	@Test
	void aBounceOfOurMessageMarksTheAddressFailingAndNothingMoreIsMailedThere() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "antonio.verdi." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Antonio Verdi", "Contributo grandine",
				"<" + UUID.randomUUID() + "@example.it>", null, "Quando escono i contributi?"));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);
		String ours = sentTo(citizen, 1).get(0).getMessageID();

		String bounce = new String(MailReaderTests.fixture("08-bounce-dsn.eml"), StandardCharsets.UTF_8)
			.replace("<sportello.2026-000187.20261126112028.1@regione.basilicata.example>", ours)
			.replace("antonio.verdi@example.it", citizen)
			.replace("<20261126102031.4Gk2Lm0Z1sz8@mail.regione.basilicata.example>", "<" + UUID.randomUUID() + "@mail>");
		mailboxes.deliver(mailbox, bounce.getBytes(StandardCharsets.UTF_8));
		assertThat(poller.poll(mailbox.inbox()).read()).isEqualTo(1);

		JsonNode notifications = api.get("operatore", "/api/v1/tickets/" + number + "/notifications").body();
		assertThat(notifications.path("emailFailing").asBoolean()).isTrue();
		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.IN)
			.hasSize(1);

		management.close(number, null, "Escono a marzo.", false, OPERATOR);
		await().atMost(Duration.ofSeconds(20)).until(() -> !inboxHas(number, "NEW"));
		sender.sendDue();
		assertThat(mailboxes.receivedBy(citizen)).hasSize(1);
		assertThat(outbox.ofTicket(number)).extracting(Outbox.Notification::kind)
			.containsExactly(Outbox.Kind.ACKNOWLEDGEMENT);
	}

	@Test
	void automaticRepliesOpenNothingAndAreNotAnswered() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String raw = new String(MailReaderTests.fixture("07-auto-reply-out-of-office.eml"), StandardCharsets.UTF_8)
			.replace("<oof.20261126090012.331@comune-tito.example.it>", "<" + UUID.randomUUID() + "@comune-tito>");
		mailboxes.deliver(mailbox, raw.getBytes(StandardCharsets.UTF_8));
		String list = "From: Notiziario <notiziario@example.it>\r\nTo: " + mailbox.address()
				+ "\r\nSubject: Notiziario di dicembre\r\nList-Id: <notiziario.example.it>\r\nMessage-ID: <"
				+ UUID.randomUUID() + "@example.it>\r\n\r\nLe notizie del mese.\r\n";
		mailboxes.deliver(mailbox, list.getBytes(StandardCharsets.US_ASCII));

		assertThat(poller.poll(mailbox.inbox()).read()).isEqualTo(2);

		sender.sendDue();
		assertThat(mailboxes.receivedBy("l.sarli@comune-tito.example.it")).isEmpty();
		assertThat(mailboxes.receivedBy("notiziario@example.it")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from ticket_message where sender in (?, ?)", Integer.class,
				"l.sarli@comune-tito.example.it", "notiziario@example.it")).isZero();
	}

	@Test
	void aMessageThatCannotBeTakenIsSetAsideAndReportedWithoutBlockingTheOthers() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String noSender = "To: " + mailbox.address() + "\r\nSubject: senza mittente\r\nMessage-ID: <"
				+ UUID.randomUUID() + "@example.it>\r\n\r\nchi sono?\r\n";
		mailboxes.deliver(mailbox, noSender.getBytes(StandardCharsets.US_ASCII));
		String citizen = "dopo." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Lucia Dopo", "Dopo lo scarto",
				"<" + UUID.randomUUID() + "@example.it>", null, "Questo messaggio si legge."));

		assertThat(poller.poll(mailbox.inbox())).isEqualTo(new MailPoller.PollReport(1, 1, 0));

		assertThat(mailboxes.seenFlags(mailbox, "INBOX")).containsExactly(true);
		assertThat(mailboxes.seenFlags(mailbox, "Sportello-scartati")).hasSize(1);
		assertThat(ticketOfSender(citizen)).isNotBlank();
		JsonNode rejected = api.get("responsabile", "/api/v1/mail/rejected").body();
		assertThat(rejected.get(0).path("reason").asString()).contains("no sender address");
		assertThat(rejected.get(0).path("rawAttachmentId").asString()).isNotBlank();
		assertThat(api.get("operatore", "/api/v1/mail/rejected").status()).isEqualTo(403);
	}

	@Test
	void theInboxListsWrittenRequestsNewestFirstForFirstLevelOnly() throws Exception {
		Mailbox mailbox = mailboxes.create();
		String citizen = "inbox." + UUID.randomUUID().toString().substring(0, 6) + "@example.it";
		mailboxes.deliver(mailbox, message(citizen, "Carlo Inbox", "Primo", "<" + UUID.randomUUID() + "@example.it>",
				null, "Primo messaggio"));
		poller.poll(mailbox.inbox());
		String number = ticketOfSender(citizen);

		Api.Response inbox = api.get("operatore", "/api/v1/inbox");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.body().findValuesAsString("ticketNumber")).contains(number);
		assertThat(api.get("supporto.agri", "/api/v1/inbox").status()).isEqualTo(403);

		management.escalateToBackOffice(number, null, "Per il back office", OPERATOR);
		await().atMost(Duration.ofSeconds(20)).until(() -> !inboxHas(number, "NEW"));
	}

	private boolean inboxHas(String number, String reason) {
		return api.get("operatore", "/api/v1/inbox")
			.body()
			.valueStream()
			.anyMatch(e -> e.path("ticketNumber").asString().equals(number) && e.path("reason").asString().equals(reason));
	}

	/** Waits for the notifications of the ticket to be written, sends them, and answers what reached the citizen. */
	private List<MimeMessage> sentTo(String recipient, int expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			sender.sendDue();
			return mailboxes.receivedBy(recipient).size() >= expected;
		});
		return mailboxes.receivedBy(recipient);
	}

	private int storedTimes(String fixture) throws IOException {
		String id = reader.read(MailReaderTests.fixture(fixture), java.time.Instant.now()).messageId();
		Integer count = jdbc.queryForObject(
				"select count(*) from ticket_message where channel = 'EMAIL' and external_id = ?", Integer.class, id);
		return count == null ? 0 : count;
	}

	private String ticketOf(String fixture) throws IOException {
		String id = reader.read(MailReaderTests.fixture(fixture), java.time.Instant.now()).messageId();
		return jdbc.queryForObject("""
				select t.number from ticket_message m join ticket t on t.id = m.ticket_id
				where m.channel = 'EMAIL' and m.external_id = ?""", String.class, id);
	}

	private TicketMessage firstMessage(String fixture) throws IOException {
		return desk.messages(new TicketNumber(ticketOf(fixture))).get(0);
	}

	private String ticketOfSender(String address) {
		return jdbc.queryForObject("""
				select t.number from ticket_message m join ticket t on t.id = m.ticket_id
				where m.channel = 'EMAIL' and m.sender = ? and m.direction = 'IN' order by m.id fetch first 1 rows only""",
				String.class, address);
	}

	private String nameOf(AttachmentId id) {
		return attachments.describe(id).orElseThrow().name();
	}

	static byte[] message(String from, String name, String subject, String messageId, String inReplyTo, String body) {
		StringBuilder raw = new StringBuilder();
		raw.append("From: ").append(name).append(" <").append(from).append(">\r\n");
		raw.append("To: sportello@regione.basilicata.example\r\n");
		raw.append("Subject: ").append(subject).append("\r\n");
		raw.append("Date: Tue, 1 Dec 2026 10:00:00 +0100\r\n");
		raw.append("Message-ID: ").append(messageId).append("\r\n");
		if (inReplyTo != null) {
			raw.append("In-Reply-To: ").append(inReplyTo).append("\r\n");
		}
		raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
		raw.append(body).append("\r\n");
		return raw.toString().getBytes(StandardCharsets.UTF_8);
	}

}
