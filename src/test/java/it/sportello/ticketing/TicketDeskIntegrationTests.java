package it.sportello.ticketing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.Attachments;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.internal.TicketManagement;
import it.sportello.ticketing.internal.TicketQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The façade other modules use: channels open tickets and add messages, the knowledge base reads closed answers. */
@SportelloIntegrationTest
class TicketDeskIntegrationTests {

	static final StaffMember BACK_OFFICE = new StaffMember("backoffice", "Anna Verrastro", Role.BACK_OFFICE, null,
			null);

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Lauria", Role.FIRST_LEVEL, null, null);

	static final Instant RECEIVED = Instant.parse("2026-11-03T09:15:00Z");

	@Autowired
	TicketDesk desk;

	@Autowired
	Attachments attachments;

	@Autowired
	TicketQueries queries;

	@Autowired
	TicketManagement management;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChannelOpensATicketForTheCitizenWithTheMessageAndItsAttachmentAsTheFirstMessage() {
		AttachmentId receipt = attachments
			.store("ricevuta.pdf", new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.id();
		String email = "giulia.sarli." + UUID.randomUUID() + "@example.it";

		OpenedTicket opened = desk.open(request(email, mail(email, "<" + UUID.randomUUID() + "@example.it>", receipt)));

		assertThat(opened.created()).isTrue();
		var ticket = queries.get(opened.number().value(), BACK_OFFICE);
		assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
		assertThat(ticket.state()).isEqualTo(TicketState.OPEN);
		assertThat(ticket.openedBy()).isEqualTo("canale.email");
		assertThat(ticket.citizen().email()).isEqualTo(email);
		assertThat(desk.messages(opened.number())).singleElement().satisfies(message -> {
			assertThat(message.direction()).isEqualTo(MessageDirection.IN);
			assertThat(message.from()).isEqualTo(email);
			assertThat(message.at()).isEqualTo(RECEIVED);
			assertThat(message.attachments()).containsExactly(receipt);
		});
	}

	@Test
	void aMessageDeliveredTwiceOpensOneTicket() {
		String email = "rocco.telesca." + UUID.randomUUID() + "@example.it";
		IncomingMessage message = mail(email, "<" + UUID.randomUUID() + "@example.it>");

		OpenedTicket first = desk.open(request(email, message));
		OpenedTicket again = desk.open(request(email, message));

		assertThat(again.created()).isFalse();
		assertThat(again.number()).isEqualTo(first.number());
		assertThat(ticketsOfCitizen(first.citizenId())).isEqualTo(1);
	}

	@Test
	void repliesAndAnswersAreAddedInOrderAndAReplyDeliveredAgainIsKeptOnce() {
		String email = "anna.lorusso." + UUID.randomUUID() + "@example.it";
		TicketNumber number = desk.open(request(email, mail(email, null))).number();
		IncomingMessage reply = new IncomingMessage(Channel.EMAIL, email, "urp@regione.basilicata.it", "Re: Bollo",
				"Allego la ricevuta richiesta.", RECEIVED.plusSeconds(3600), "<" + UUID.randomUUID() + "@example.it>",
				List.of());
		OutgoingMessage answer = new OutgoingMessage(Channel.EMAIL, "urp@regione.basilicata.it", email, "Re: Bollo",
				"Grazie, la pratica è completa.", RECEIVED.plusSeconds(7200), null, List.of());

		RecordedMessage stored = desk.appendIncoming(number, reply);
		RecordedMessage again = desk.appendIncoming(number, reply);
		desk.recordOutgoing(number, answer);

		assertThat(stored.created()).isTrue();
		assertThat(again.created()).isFalse();
		assertThat(again.id()).isEqualTo(stored.id());
		assertThat(desk.messages(number)).extracting(TicketMessage::direction)
			.containsExactly(MessageDirection.IN, MessageDirection.IN, MessageDirection.OUT);
	}

	@Test
	void aMessageForAnUnknownTicketIsNotFound() {
		assertThatThrownBy(() -> desk.appendIncoming(new TicketNumber("1999-999999"), mail("x@example.it", null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMessageWithAnAttachmentNeverStoredIsRefusedAndOpensNothing() {
		String email = "vito.pace." + UUID.randomUUID() + "@example.it";
		long before = count("ticket");

		assertThatThrownBy(() -> desk.open(request(email, mail(email, null, new AttachmentId(UUID.randomUUID())))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.field()).isEqualTo("attachments"));
		assertThat(count("ticket")).isEqualTo(before);
	}

	@Test
	void aMessageWhoseSubjectIsLongerThanItsColumnIsRefusedNamingTheSubject() {
		String email = "nicola.lorusso." + UUID.randomUUID() + "@example.it";
		IncomingMessage longSubject = new IncomingMessage(Channel.EMAIL, email, null, "x".repeat(1001), "Testo",
				RECEIVED, null, List.of());

		assertThatThrownBy(() -> desk.open(request(email, longSubject)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.field()).isEqualTo("subject"));
	}

	@Test
	void theKnowledgeBaseReadsAClosedTicketsAnswerWithTheItemsItQuotedAndNothingOfAnOpenOne() {
		String email = "lucia.nole." + UUID.randomUUID() + "@example.it";
		TicketNumber number = desk.open(request(email, mail(email, null))).number();
		assertThat(desk.closedAnswer(number)).isEmpty();

		management.close(number.value(), null, "Il bollo si paga con PagoPA.", false,
				List.of(new QuotedItem("SHEET", "bollo-auto", 3)), OPERATOR);

		assertThat(desk.closedAnswer(number)).hasValueSatisfying(answer -> {
			assertThat(answer.answer()).isEqualTo("Il bollo si paga con PagoPA.");
			assertThat(answer.question()).isEqualTo("Come si paga il bollo?");
			assertThat(answer.resolvedAtLevel()).isEqualTo(Level.FIRST_LEVEL);
			assertThat(answer.quotedItems()).containsExactly(new QuotedItem("SHEET", "bollo-auto", 3));
		});
	}

	private static ChannelRequest request(String email, IncomingMessage message) {
		return new ChannelRequest("INFORMAZIONI", "Bollo auto", "Come si paga il bollo?",
				new CitizenDetails(CitizenKind.PERSON, "Giulia", "Sarli", null, null, null, email, Channel.EMAIL),
				message);
	}

	private static IncomingMessage mail(String from, String messageId, AttachmentId... files) {
		return new IncomingMessage(Channel.EMAIL, from, "urp@regione.basilicata.it", "Bollo auto",
				"Buongiorno, come si paga il bollo?", RECEIVED, messageId, List.of(files));
	}

	private long ticketsOfCitizen(long citizenId) {
		Long count = jdbc.queryForObject("select count(*) from ticket where citizen_id = ?", Long.class, citizenId);
		return count == null ? 0 : count;
	}

	private long count(String table) {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

}
