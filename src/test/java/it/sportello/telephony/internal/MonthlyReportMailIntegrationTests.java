package it.sportello.telephony.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.telephony.Telephony;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly PDF goes by e-mail, through the test's real SMTP server (GreenMail), to the managers that have an
 * e-mail in their profile, once; a user of another role with an e-mail gets nothing.
 */
@SportelloIntegrationTest
class MonthlyReportMailIntegrationTests {

	@Autowired
	MonthlyReportJob job;

	@Autowired
	Telephony telephony;

	@Autowired
	StaffUserManagement users;

	@Autowired
	GreenMail greenMail;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final String manager = "responsabile-" + suffix + "@comune.example";

	private final String operator = "operatore-" + suffix + "@comune.example";

	@AfterEach
	void restoreProfiles() {
		for (String user : List.of("responsabile", "operatore")) {
			StaffUser account = users.findAccount(user).orElseThrow();
			users.changeContacts(user, account.phoneExtension(), null);
		}
	}

	@Test
	void theStoredPdfIsMailedOnceToTheManagersThatHaveAnEmail() throws Exception {
		setEmail("responsabile", manager);
		setEmail("operatore", operator);
		long at = ZonedDateTime.of(2024, 5, 14, 10, 0, 0, 0, ZoneId.of("Europe/Rome")).toEpochSecond();
		String log = at + "|mail.1|q-mail|NONE|ENTERQUEUE||x|1\n" + (at + 12) + "|mail.1|q-mail|PJSIP/1|CONNECT|12|m|1\n"
				+ (at + 100) + "|mail.1|q-mail|PJSIP/1|COMPLETEAGENT|12|88|1\n";
		telephony.importCalls("mail", new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "test",
				Locale.ITALIAN);
		YearMonth may = YearMonth.of(2024, 5);
		assertThat(job.mail(may)).as("nothing stored yet").isZero();
		assertThat(job.store(may)).isTrue();

		assertThat(job.mail(may)).isEqualTo(1);
		assertThat(job.mail(may)).as("sent already").isZero();

		List<Message> toManager = receivedBy(manager);
		assertThat(toManager).hasSize(1);
		Message message = toManager.get(0);
		assertThat(message.getSubject()).isEqualTo("Rapporto telefonico di maggio 2024");
		Part attachment = pdfAttachment((Multipart) message.getContent());
		assertThat(attachment.getFileName()).isEqualTo("rapporto-telefonico-2024-05.pdf");
		try (PDDocument pdf = Loader.loadPDF(attachment.getInputStream().readAllBytes())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("01/05/2024").contains("31/05/2024").contains("q-mail");
		}
		assertThat(receivedBy(operator)).isEmpty();
	}

	private void setEmail(String user, String email) {
		users.changeContacts(user, users.findAccount(user).orElseThrow().phoneExtension(), email);
	}

	private List<Message> receivedBy(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).<Message>map(m -> m).filter(m -> {
			try {
				Address[] to = m.getRecipients(Message.RecipientType.TO);
				return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static Part pdfAttachment(Multipart multipart) throws Exception {
		Part found = findPdf(multipart);
		if (found == null) {
			throw new AssertionError("no PDF attachment");
		}
		return found;
	}

	private static @org.jspecify.annotations.Nullable Part findPdf(Multipart multipart) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType("application/pdf")) {
				return part;
			}
			if (part.getContent() instanceof Multipart nested && findPdf(nested) != null) {
				return findPdf(nested);
			}
		}
		return null;
	}

}
