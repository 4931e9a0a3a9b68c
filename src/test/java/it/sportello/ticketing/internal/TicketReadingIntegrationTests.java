package it.sportello.ticketing.internal;

import java.util.Map;

import it.sportello.citizens.FiscalCodes;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.NotFoundException;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a ticket by number (one statement, no persistence context) gives exactly what the entities give:
 * every field, the citizen, the actions allowed to the viewer and the whole timeline in order, with the
 * contacts recorded on it.
 */
@SportelloIntegrationTest
class TicketReadingIntegrationTests {

	private static final StaffMember SUPPORT = new StaffMember("supporto.agri", "Supporto AGRI", Role.DEPARTMENT_SUPPORT,
			"AGRI", null);

	private static final StaffMember OTHER_SUPPORT = new StaffMember("supporto.sani", "Supporto SANI",
			Role.DEPARTMENT_SUPPORT, "SANI", null);

	private static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Rossi", Role.FIRST_LEVEL, null,
			null);

	private static final String ROCCO = FiscalCodes.personal("LTTRCC70A01G942");

	@LocalServerPort
	int port;

	@Autowired
	TicketQueries queries;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void readByNumberEqualsTheEntitiesDetailsThroughTheWholeLifecycle() {
		Api api = new Api(port);
		String number = opened(api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Contributo per la grandine", "description", "Chiede i termini della domanda",
				"citizen", Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Lettieri", "fiscalCode",
						ROCCO, "preferredChannel", "EMAIL", "email", "rocco.lettieri@example.it"))));
		assertSameAsEntities(number, OPERATOR);

		api.post("operatore", "/api/v1/tickets/" + number + "/escalation",
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Competenza dell'agricoltura"));
		api.post("supporto.agri", "/api/v1/tickets/" + number + "/contacts",
				Map.of("channel", "PHONE", "purpose", "COMPLETE_REQUEST", "outcome", "NOT_REACHED", "note", "Occupato"));
		api.post("supporto.agri", "/api/v1/tickets/" + number + "/waiting", Map.of("note", "Attende i documenti"));
		TicketDetails waiting = assertSameAsEntities(number, SUPPORT);
		assertThat(waiting.history()).hasSize(4);
		assertThat(waiting.history().get(2).contact())
			.isEqualTo(new TicketDetails.ContactRecord(it.sportello.shared.Channel.PHONE, ContactPurpose.COMPLETE_REQUEST,
					ContactOutcome.NOT_REACHED));
		assertThat(waiting.allowedActions()).contains(TicketAction.RESUME);

		api.post("supporto.agri", "/api/v1/tickets/" + number + "/resumption", Map.of("note", "Documenti arrivati"));
		api.post("supporto.agri", "/api/v1/tickets/" + number + "/closure",
				Map.of("resolution", "Domanda entro 30 giorni", "commonInterest", true));
		TicketDetails closed = assertSameAsEntities(number, OPERATOR);
		assertThat(closed.resolvedAtLevel()).isEqualTo(it.sportello.ticketing.Level.DEPARTMENT);
		assertThat(closed.history()).extracting(TicketDetails.Event::action)
			.containsExactly(HistoryAction.OPENED, HistoryAction.ESCALATED_TO_DEPARTMENT, HistoryAction.CONTACT,
					HistoryAction.WAITING_FOR_CITIZEN, HistoryAction.RESUMED, HistoryAction.CLOSED,
					HistoryAction.FLAGGED_COMMON_INTEREST);
	}

	@Test
	void anotherDepartmentOrAnUnknownNumberIsNotFound() {
		Api api = new Api(port);
		String number = opened(api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Bando giovani agricoltori", "description", "Chiede la scadenza", "citizen",
				Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Lettieri", "fiscalCode", ROCCO))));
		api.post("operatore", "/api/v1/tickets/" + number + "/escalation",
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Competenza dell'agricoltura"));

		assertThat(queries.get(number, SUPPORT).number()).isEqualTo(number);
		assertThatThrownBy(() -> queries.get(number, OTHER_SUPPORT)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> queries.get("2099-999999", OPERATOR)).isInstanceOf(NotFoundException.class);
	}

	private static String opened(Api.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.text("number");
	}

	private TicketDetails assertSameAsEntities(String number, StaffMember viewer) {
		TicketDetails read = queries.get(number, viewer);
		TicketDetails fromEntities = transaction
			.execute(status -> queries.details(tickets.findByNumber(number).orElseThrow(), viewer));
		assertThat(read).isEqualTo(fromEntities);
		return read;
	}

}
