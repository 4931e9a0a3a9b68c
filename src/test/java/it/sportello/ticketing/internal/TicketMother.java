package it.sportello.ticketing.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.ticketing.TicketNumber;

/** Staff and tickets for tests, in the states the workflow reaches. */
final class TicketMother {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	/** Tuesday 3 November 2026, 10:00 in Potenza. */
	static final Instant NOW = ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, ROME).toInstant();

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Lauria", Role.FIRST_LEVEL, null, null);

	static final StaffMember BACK_OFFICE = new StaffMember("backoffice", "Anna Verrastro", Role.BACK_OFFICE, null,
			null);

	static final StaffMember AGRI_SUPPORT = new StaffMember("supporto.agri", "Rocco Summa", Role.DEPARTMENT_SUPPORT,
			"AGRI", null);

	static final StaffMember SALU_SUPPORT = new StaffMember("supporto.salu", "Lucia Nolè", Role.DEPARTMENT_SUPPORT,
			"SALU", null);

	static final StaffMember AGRI_URP = new StaffMember("urp.agri", "Vito Pace", Role.URP, "AGRI", null);

	static final StaffMember MANAGER = new StaffMember("responsabile", "Teresa Colangelo", Role.MANAGER, null, null);

	static final StaffMember OFFICE_HEAD = new StaffMember("responsabile.agri-02", "Nicola Lorusso", Role.OFFICE_HEAD,
			null, "AGRI-02");

	static final Instant DUE = NOW.plusSeconds(5 * 86_400);

	private static int sequence;

	private TicketMother() {
	}

	static Ticket anOpenTicket() {
		return Ticket.open(TicketNumber.of(2026, ++sequence), Channel.PHONE, "INFORMAZIONI",
				"Tesserino per la raccolta dei funghi", "Il cittadino chiede come rinnovare il tesserino.", 42L,
				OPERATOR, NOW);
	}

	static Ticket anEscalatedTicket() {
		Ticket ticket = anOpenTicket();
		ticket.escalateToBackOffice("Non trovo la scheda", OPERATOR, NOW);
		return ticket;
	}

	static Ticket aTicketAssignedToAgri() {
		Ticket ticket = anEscalatedTicket();
		ticket.assignTo("AGRI", DUE, "Competenza dell'ufficio foreste", BACK_OFFICE, NOW);
		return ticket;
	}

	static Ticket aTicketClosedByAgri() {
		Ticket ticket = aTicketAssignedToAgri();
		ticket.close("Il tesserino si rinnova online entro il 31 dicembre.", false, AGRI_SUPPORT, NOW);
		return ticket;
	}

}
