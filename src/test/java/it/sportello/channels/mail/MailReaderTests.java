package it.sportello.channels.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import it.sportello.channels.mail.ReadMail.MailFile;
import it.sportello.channels.mail.ReadMail.MailKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader over every message of the shared e-mail fixtures, each for what it exercises. */
class MailReaderTests {

	/** The fourteen fixture messages (src/test/resources/mail, with their README), byte for byte as received. */
	static final Path FIXTURES = Path.of("src/test/resources/mail");

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	final MailReader reader = new MailReader();

	static byte[] fixture(String name) throws IOException {
		return Files.readAllBytes(FIXTURES.resolve(name));
	}

	ReadMail read(String name) throws IOException {
		return reader.read(fixture(name), NOW);
	}

	@Test
	void plainUtf8EightBitBodyIsDecodedAsUtf8() throws IOException {
		ReadMail mail = read("01-plain-text-utf8.eml");
		assertThat(mail.kind()).isEqualTo(MailKind.REQUEST);
		assertThat(mail.fromAddress()).contains("@example.it");
		assertThat(mail.text()).doesNotContain("\uFFFD").doesNotContain("Ã");
		assertThat(mail.text()).containsPattern("[àèéìòù]");
		assertThat(mail.sentAt()).isBefore(NOW);
		assertThat(mail.messageId()).doesNotStartWith("<").doesNotEndWith(">");
	}

	@Test
	void htmlOnlyBodyIsSanitisedToTextWithLineBreaks() throws IOException {
		ReadMail mail = read("02-html-only.eml");
		assertThat(mail.kind()).isEqualTo(MailKind.REQUEST);
		assertThat(mail.text()).doesNotContain("<").doesNotContain("&nbsp;").doesNotContain("&amp;");
		assertThat(mail.text()).contains("\n");
		assertThat(mail.text().length()).isGreaterThan(100);
	}

	@Test
	void scriptsInHtmlNeverReachTheText() {
		String text = MailReader.htmlToText(
				"<p>Buongiorno</p><script>alert('x')</script><style>p{}</style><p>riga<br>due &egrave;</p>");
		assertThat(text).isEqualTo("Buongiorno\n\nriga\ndue è");
	}

	@Test
	void multipartAlternativeKeepsThePlainPartDecodedFromQuotedPrintable() throws IOException {
		ReadMail mail = read("03-multipart-alternative.eml");
		assertThat(mail.text()).doesNotContain("<html").doesNotContain("=C3").doesNotContain("=\n");
		assertThat(mail.files()).isEmpty();
	}

	@Test
	void pdfAttachmentIsKeptWithItsName() throws IOException {
		ReadMail mail = read("04-pdf-attachment.eml");
		assertThat(mail.files()).singleElement().satisfies(file -> {
			assertThat(file.name()).endsWith(".pdf");
			assertThat(new String(file.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		});
		assertThat(mail.text()).isNotBlank();
	}

	@Test
	void inlineJpegWithFoldedParametersIsKept() throws IOException {
		ReadMail mail = read("05-jpeg-attachment.eml");
		assertThat(mail.files()).singleElement().satisfies(file -> {
			assertThat(file.content()[0]).isEqualTo((byte) 0xFF);
			assertThat(file.content()[1]).isEqualTo((byte) 0xD8);
		});
	}

	@Test
	void replyCarriesTheTicketTagAndOurMessageIdInItsThread() throws IOException {
		ReadMail mail = read("06-reply-to-ticket.eml");
		assertThat(mail.kind()).isEqualTo(MailKind.REQUEST);
		assertThat(mail.subject()).contains("[Sportello 2026-000123]");
		assertThat(mail.threadIds()).contains("sportello.2026-000123.20261120091502.1@regione.basilicata.example");
	}

	@Test
	void outOfOfficeIsAnAutomaticReply() throws IOException {
		assertThat(read("07-auto-reply-out-of-office.eml").kind()).isEqualTo(MailKind.AUTO_REPLY);
	}

	@Test
	void deliveryStatusNotificationIsABounceOfOurMessageNamingTheFailedAddress() throws IOException {
		ReadMail mail = read("08-bounce-dsn.eml");
		assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
		assertThat(mail.failedRecipient()).isEqualTo("antonio.verdi@example.it");
		assertThat(mail.reference()).isEqualTo("sportello.2026-000187.20261126112028.1@regione.basilicata.example");
	}

	@Test
	void pecEnvelopeIsOpenedToItsInnerMessageKeepingTheEnvelope() throws IOException {
		ReadMail mail = read("09-pec-posta-certificata.eml");
		assertThat(mail.kind()).isEqualTo(MailKind.CERTIFIED);
		assertThat(mail.fromAddress()).isEqualTo("mario.esposito@pec.example.it");
		assertThat(mail.subject()).doesNotStartWith("POSTA CERTIFICATA").contains("accesso agli atti");
		assertThat(mail.text()).doesNotContain("Messaggio di posta certificata");
		assertThat(mail.files()).extracting(MailFile::name).contains("busta-pec.eml");
		assertThat(mail.files()).extracting(MailFile::name)
			.anySatisfy(name -> assertThat(name).endsWith(".pdf").contains("\u2013"));
		assertThat(mail.files()).extracting(MailFile::name).doesNotContain("daticert.xml", "smime.p7s");
	}

	@Test
	void latin1QuotedPrintableIsDecodedWithTheDeclaredCharset() throws IOException {
		ReadMail mail = read("10-iso-8859-1-quoted-printable.eml");
		assertThat(mail.text()).contains("è").contains("à").doesNotContain("=E8").doesNotContain("\uFFFD");
	}

	@Test
	void encodedWordsInSubjectAndNameAreDecoded() throws IOException {
		ReadMail mail = read("11-rfc2047-encoded-subject.eml");
		assertThat(mail.subject()).doesNotContain("=?").doesNotContain("?=");
		assertThat(mail.fromName()).isEqualTo("Nicolò Lucà");
	}

	@Test
	void longQuotedPrintableBodyIsJoinedAcrossSoftBreaks() throws IOException {
		ReadMail mail = read("12-long-body.eml");
		assertThat(mail.text().length()).isGreaterThan(40_000);
		assertThat(mail.text().lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(800);
		assertThat(mail.subject()).doesNotContain("[Sportello");
	}

	@Test
	void messageWithoutSubjectReadsWithNone() throws IOException {
		ReadMail mail = read("13-no-subject.eml");
		assertThat(mail.subject()).isNull();
		assertThat(mail.text()).isNotBlank();
	}

	@Test
	void forwardedMessageNamesTheOriginalSenderAsTheRequester() throws IOException {
		ReadMail mail = read("14-forwarded-message.eml");
		assertThat(mail.kind()).isEqualTo(MailKind.REQUEST);
		assertThat(mail.fromAddress()).isEqualTo("pasquale.giuzio@example.it");
		assertThat(mail.fromName()).isEqualTo("Pasquale Giuzio");
		assertThat(mail.subject()).isEqualTo("Contributo per togliere l'eternit dal garage");
		assertThat(mail.text()).contains("si inoltra per competenza").contains("tetto del garage in eternit");
		assertThat(mail.files()).extracting(MailFile::name).anySatisfy(name -> assertThat(name).endsWith(".eml"));
	}

	@Test
	void mailingListTrafficIsRecognised() {
		String raw = "From: Lista <lista@example.it>\r\nTo: sportello@regione.basilicata.example\r\n"
				+ "Subject: Notiziario\r\nList-Id: <notiziario.example.it>\r\nMessage-ID: <l1@example.it>\r\n\r\nTesto\r\n";
		assertThat(reader.read(raw.getBytes(StandardCharsets.US_ASCII), NOW).kind()).isEqualTo(MailKind.MAILING_LIST);
	}

	@Test
	void pecDeliveryReceiptNamesOurMessage() {
		String raw = "From: posta-certificata@pec.example.it\r\nTo: sportello@cert.regione.basilicata.example\r\n"
				+ "Subject: CONSEGNA: Risposta\r\nX-Ricevuta: avvenuta-consegna\r\n"
				+ "X-Riferimento-Message-ID: <sportello.2026-000001.20261201100000.7@regione.basilicata.example>\r\n"
				+ "Message-ID: <r1@pec.example.it>\r\n\r\nRicevuta di avvenuta consegna\r\n";
		ReadMail mail = reader.read(raw.getBytes(StandardCharsets.US_ASCII), NOW);
		assertThat(mail.kind()).isEqualTo(MailKind.CERTIFIED_RECEIPT);
		assertThat(mail.reference()).isEqualTo("sportello.2026-000001.20261201100000.7@regione.basilicata.example");
		assertThat(mail.files()).extracting(MailFile::name).containsExactly("ricevuta-pec.eml");
	}

	@Test
	void messageWithoutMessageIdIsIdentifiedByItsDigestTheSameEveryTime() {
		byte[] raw = "From: a@example.it\r\nSubject: x\r\n\r\ny\r\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(reader.read(raw, NOW).messageId()).startsWith("sha256:").isEqualTo(reader.read(raw, NOW).messageId());
	}

	@Test
	void pecEnvelopeWithoutItsOriginalCannotBeRead() {
		String raw = "From: posta-certificata@pec.example.it\r\nX-Trasporto: posta-certificata\r\n"
				+ "Subject: POSTA CERTIFICATA: x\r\nMessage-ID: <p@pec.example.it>\r\n\r\nsolo testo\r\n";
		assertThatThrownBy(() -> reader.read(raw.getBytes(StandardCharsets.US_ASCII), NOW))
			.isInstanceOf(UnreadableMailException.class);
	}

}
