package it.sportello.ticketing;

import java.sql.Timestamp;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.support.ModuleTestDatabase;
import it.sportello.support.RecordingTicketListener;
import it.sportello.ticketing.internal.IdempotentOpening;
import it.sportello.ticketing.internal.TicketManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticketing module on its own (with the modules it uses, no demo data): each fact of the workflow is one event
 * that says what a listener needs, and a listener of another module receives it once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
@Import(RecordingTicketListener.class)
class TicketingModuleTests {

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Lauria", Role.FIRST_LEVEL, null, null);

	static final StaffMember BACK_OFFICE = new StaffMember("backoffice", "Anna Verrastro", Role.BACK_OFFICE, null,
			null);

	static final StaffMember AGRI_SUPPORT = new StaffMember("supporto.agri", "Rocco Summa", Role.DEPARTMENT_SUPPORT,
			"AGRI", null);

	@Autowired
	TicketManagement management;

	@Autowired
	IdempotentOpening opening;

	@Autowired
	RecordingTicketListener listener;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theAgricultureDepartmentExists() {
		jdbc.update("""
				insert into department (code, name, short_name) values ('AGRI', 'Dipartimento Politiche agricole', 'Agricoltura')
				on conflict (code) do nothing""");
	}

	@Test
	void escalatingStraightToADepartmentIsOneEscalationNamingTheDepartmentAndItsDeadline(Scenario scenario) {
		String number = anOpenTicket();

		scenario.stimulate(() -> management.escalateToDepartment(number, null, "AGRI", "Competenza AGRI", OPERATOR))
			.andWaitForStateChange(() -> received(number, TicketEscalated.class))
			.andVerifyEvents(events -> {
				assertThat(events.ofType(TicketEscalated.class).matching(TicketEvent::number, number)).singleElement()
					.satisfies(escalated -> {
						assertThat(escalated.to()).isEqualTo(Level.DEPARTMENT);
						assertThat(escalated.departmentCode()).isEqualTo("AGRI");
						assertThat(escalated.dueAt()).isNotNull();
						assertThat(escalated.categoryCode()).isEqualTo("INFORMAZIONI");
						assertThat(escalated.channel()).isEqualTo(Channel.PHONE);
						assertThat(escalated.by()).isEqualTo("operatore");
					});
				assertThat(events.ofType(TicketAssigned.class).matching(TicketEvent::number, number)).isEmpty();
			});
	}

	@Test
	void aDepartmentReturningATicketPublishesTicketReturnedWhichAnotherModuleReceivesOnce(Scenario scenario) {
		String number = anOpenTicket();
		management.escalateToBackOffice(number, null, "Non trovo la scheda", OPERATOR);
		management.assign(number, null, "AGRI", null, BACK_OFFICE);

		scenario.stimulate(() -> management.returnToBackOffice(number, null, "Non di nostra competenza", AGRI_SUPPORT))
			.andWaitForStateChange(() -> received(number, TicketReturned.class))
			.andVerifyEvents(events -> {
				assertThat(events.ofType(TicketReturned.class).matching(TicketEvent::number, number)).singleElement()
					.satisfies(returned -> {
						assertThat(returned.fromDepartmentCode()).isEqualTo("AGRI");
						assertThat(returned.by()).isEqualTo("supporto.agri");
					});
				// The one escalation is first level's, before the return: the return is not another.
				assertThat(events.ofType(TicketEscalated.class).matching(TicketEvent::number, number)).hasSize(1);
			});
		assertThat(listener.eventsOf(number)).filteredOn(TicketReturned.class::isInstance).hasSize(1);
	}

	@Test
	void waitingForTheCitizenAndResumingAreOneEventEachTheResumptionCarryingTheDeadlineThatNowCounts(Scenario scenario) {
		String number = anOpenTicket();
		management.escalateToDepartment(number, null, "AGRI", "Competenza AGRI", OPERATOR);
		management.waitForCitizen(number, null, "Mancano i documenti", AGRI_SUPPORT);

		scenario.stimulate(() -> management.resume(number, null, "Documenti ricevuti", AGRI_SUPPORT))
			.andWaitForStateChange(() -> received(number, TicketResumed.class))
			.andVerifyEvents(events -> {
				assertThat(events.ofType(TicketResumed.class).matching(TicketEvent::number, number)).singleElement()
					.satisfies(resumed -> {
						assertThat(resumed.departmentCode()).isEqualTo("AGRI");
						assertThat(resumed.by()).isEqualTo("supporto.agri");
						assertThat(resumed.dueAt()).isEqualTo(jdbc.queryForObject(
								"select due_at from ticket where number = ?", Timestamp.class, number)
							.toInstant());
					});
			});
		assertThat(listener.eventsOf(number)).filteredOn(TicketWaitingForCitizen.class::isInstance)
			.singleElement()
			.satisfies(waiting -> assertThat(((TicketWaitingForCitizen) waiting).departmentCode()).isEqualTo("AGRI"));
		assertThat(listener.eventsOf(number)).filteredOn(TicketResumed.class::isInstance).hasSize(1);
	}

	private boolean received(String number, Class<? extends TicketEvent> type) {
		return listener.eventsOf(number).stream().anyMatch(type::isInstance);
	}

	private String anOpenTicket() {
		CitizenDetails citizen = new CitizenDetails(CitizenKind.PERSON, "Maria", "Rossi", null, null, "+393331234567",
				null, Channel.PHONE);
		return opening
			.open(new OpenTicket(Channel.PHONE, "INFORMAZIONI", "Tesserino funghi", "Come si rinnova il tesserino?", null,
					citizen), OPERATOR, null)
			.ticket()
			.number()
			.value();
	}

}
