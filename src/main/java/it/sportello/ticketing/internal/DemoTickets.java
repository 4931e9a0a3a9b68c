package it.sportello.ticketing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.citizens.Citizens;
import it.sportello.identity.StaffDirectory;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: a few tickets in every state, opened and moved in the past so that the queues show
 * overdue and on-time tickets, reminders, a pending clarification and an answer to relay. Runs once,
 * on an empty ticket table, after the other modules' demo data.
 */
@Component
@ConditionalOnProperty(name = "sportello.demo.enabled", havingValue = "true")
class DemoTickets {

	private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);

	private final StaffDirectory staff;

	private StaffMember operator;

	private StaffMember operator2;

	private StaffMember backOffice;

	private final TicketRepository tickets;

	private final TicketNumbers numbers;

	private final TicketManagement management;

	private final ServiceLevel serviceLevel;

	private final Citizens citizens;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoTickets(StaffDirectory staff, TicketRepository tickets, TicketManagement management, TicketNumbers numbers, ServiceLevel serviceLevel, Citizens citizens,
			TransactionTemplate transaction, Clock clock) {
		this.staff = staff;
		this.tickets = tickets;
		this.numbers = numbers;
		this.management = management;
		this.serviceLevel = serviceLevel;
		this.citizens = citizens;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void load() {
		if (tickets.count() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> create());
		log.info("Demo data: {} tickets in every state", tickets.count());
	}

	private void create() {
		operator = user("operatore");
		operator2 = user("operatore2");
		backOffice = user("backoffice");
		Instant now = clock.instant();
		long rossi = citizen("Mario", "Rossi", "RSSMRA85T10A562S", "0971 471234", "mario.rossi@example.it");
		long lorusso = citizen("Nicola", "Lorusso", "LRSNCL70A01G942M", "333 1234567", null);
		long dangelo = citizen("Maria Teresa", "D'Angelo", "DNGMRT82E45G942B", null, "mt.dangelo@example.it");
		long colangelo = citizen("Teresa", "Colangelo", "CLNTRS75M52F052R", "0835 334455", null);
		long summa = citizen("Rocco", "Summa", "SMMRCC68C15G942O", "320 7654321", "rocco.summa@example.it");
		long company = companyCitizen();
		Instant daysAgo10 = now.minus(Duration.ofDays(10));
		Instant daysAgo3 = now.minus(Duration.ofDays(3));
		Instant hoursAgo2 = now.minus(Duration.ofHours(2));

		open(rossi, Channel.PHONE, "INFORMAZIONI", "Rimborso bollo auto pagato due volte",
				"Il cittadino ha pagato due volte la tassa automobilistica 2026 e chiede come ottenere il rimborso.",
				hoursAgo2, t -> {
				});
		open(lorusso, Channel.PHONE, "INFORMAZIONI", "Tesserino per la raccolta dei tartufi",
				"Chiede se il bando per il tesserino tartufi 2026 \u00e8 ancora aperto.", hoursAgo2,
				t -> t.requestClarification("Il bando tartufi 2026 \u00e8 ancora aperto? Non trovo la scheda aggiornata.",
						operator2, hoursAgo2.plusSeconds(60)));
		open(dangelo, Channel.EMAIL, "RICHIESTA_SERVIZIO", "Contributo affitto: stato della domanda",
				"Ha presentato domanda di contributo affitto a settembre e non ha ricevuto notizie.", daysAgo3,
				t -> t.escalateToBackOffice("Non \u00e8 chiaro quale ufficio gestisca le domande 2026.", operator,
						daysAgo3.plusSeconds(300)));
		open(colangelo, Channel.PHONE, "RECLAMO", "Danni da cinghiali a un vigneto",
				"Segnala danni da cinghiali al vigneto e chiede come chiedere l'indennizzo; la domanda inviata a "
						+ "luglio non ha avuto risposta.",
				daysAgo10, t -> {
					Instant assigned = daysAgo10.plusSeconds(600);
					t.escalateToDepartment("AGRI", serviceLevel.deadline(t.categoryCode(), assigned),
							"Competenza dell'ufficio caccia e fauna selvatica.", operator, assigned);
					t.remind("Il cittadino ha richiamato: la scadenza \u00e8 passata.", backOffice,
							now.minus(Duration.ofDays(1)));
				});
		open(summa, Channel.WEB, "RICHIESTA_SERVIZIO", "Esenzione ticket sanitario per disoccupazione",
				"Chiede il rinnovo dell'esenzione dal ticket per disoccupazione.", daysAgo3, t -> {
					t.escalateToBackOffice("Serve verifica con il dipartimento Salute.", operator, daysAgo3);
					Instant assigned = daysAgo3.plusSeconds(3600);
					t.assignTo("SALU", serviceLevel.deadline(t.categoryCode(), assigned),
							"Verificare i requisiti di rinnovo.", backOffice, assigned);
				});
		open(company, Channel.EMAIL, "RICHIESTA_SERVIZIO", "Autorizzazione unica ambientale: documenti mancanti",
				"L'impresa chiede quali allegati mancano alla domanda AUA.", daysAgo10, t -> {
					Instant assigned = daysAgo10.plusSeconds(900);
					t.escalateToDepartment("AMBE", serviceLevel.deadline(t.categoryCode(), assigned),
							"Pratica AUA presso l'ufficio autorizzazioni ambientali.", operator, assigned);
					t.waitForCitizen("Chiesta all'impresa la planimetria degli scarichi.", supportOf("AMBE"),
							daysAgo3);
				});
		open(rossi, Channel.PHONE, "INFORMAZIONI", "Bollo auto d'epoca",
				"Chiede se la sua auto del 1994 \u00e8 esente dal bollo.", daysAgo10, t -> {
					t.escalateToBackOffice("Verificare l'iscrizione ai registri storici.", operator, daysAgo10);
					t.relayAnswer("Esente se iscritta a un registro storico riconosciuto: scheda SI-0004.",
							backOffice, daysAgo3);
				});
		open(lorusso, Channel.PHONE, "CENTRALINO", "Chiede dell'ufficio caccia",
				"Vuole parlare con l'ufficio che rilascia i tesserini venatori.", daysAgo3,
				t -> t.forward("Ufficio Caccia e Fauna Selvatica (AGRI)", null, operator, daysAgo3.plusSeconds(90)));
		open(dangelo, Channel.PHONE, "INFORMAZIONI", "Orari dell'URP Sanit\u00e0",
				"Chiede gli orari di apertura al pubblico dell'URP del dipartimento Salute.", daysAgo3,
				t -> t.close("Comunicati gli orari: lun-ven 9:00-13:00, mar e gio anche 15:30-17:30.", false,
						operator, daysAgo3.plusSeconds(120)));
		open(colangelo, Channel.LETTER, "INFORMAZIONI", "Tesserino funghi per non residenti",
				"Chiede se un non residente pu\u00f2 ottenere il tesserino per la raccolta dei funghi.", daysAgo10,
				t -> {
					Instant assigned = daysAgo10.plusSeconds(600);
					t.escalateToDepartment("AGRI", serviceLevel.deadline(t.categoryCode(), assigned),
							"Domanda sul regolamento regionale.", operator, assigned);
					StaffMember agri = supportOf("AGRI");
					t.recordContact(new Contact(Channel.PHONE, ContactPurpose.GIVE_ANSWER, ContactOutcome.REACHED),
							"Spiegato il rilascio ai non residenti.", agri, daysAgo3);
					t.close("Anche i non residenti possono chiedere il tesserino giornaliero online.", true, agri,
							daysAgo3.plusSeconds(60));
				});
	}

	private void open(long citizenId, Channel channel, String category, String subject, String description,
			Instant at, Consumer<Ticket> then) {
		Ticket ticket = Ticket.open(numbers.next(), channel, category, subject, description, citizenId,
				channel == Channel.PHONE ? operator : operator2, at);
		then.accept(ticket);
		management.store(ticket);
	}

	private long citizen(String first, String last, String fiscalCode, String phone, String email) {
		return citizens.identify(new CitizenDetails(CitizenKind.PERSON, first, last, null, fiscalCode, phone, email,
				phone != null ? Channel.PHONE : Channel.EMAIL), backOffice).id();
	}

	private long companyCitizen() {
		return citizens.identify(new CitizenDetails(CitizenKind.COMPANY, null, null, "Oleificio Val d'Agri S.r.l.",
				"01234567897", "0975 352211", "amministrazione@oleificio-valdagri.example.it", Channel.EMAIL),
				backOffice).id();
	}

	private StaffMember supportOf(String department) {
		return user("supporto." + department.toLowerCase(java.util.Locale.ROOT));
	}

	private StaffMember user(String username) {
		return staff.find(username)
			.orElseThrow(() -> new IllegalStateException("demo user " + username + " is missing"));
	}

}
