package it.sportello.ticketing.internal;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;

import it.sportello.shared.Channel;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.calendar.WorkingCalendar;
import it.sportello.ticketing.AnswerOfCommonInterestFlagged;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketAssigned;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketEscalated;
import it.sportello.ticketing.TicketOpened;
import it.sportello.ticketing.TicketReminded;
import it.sportello.ticketing.TicketReopened;
import it.sportello.ticketing.TicketResumed;
import it.sportello.ticketing.TicketReturned;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.TicketWaitingForCitizen;
import org.junit.jupiter.api.Test;

import static it.sportello.ticketing.internal.TicketMother.AGRI_SUPPORT;
import static it.sportello.ticketing.internal.TicketMother.AGRI_URP;
import static it.sportello.ticketing.internal.TicketMother.BACK_OFFICE;
import static it.sportello.ticketing.internal.TicketMother.DUE;
import static it.sportello.ticketing.internal.TicketMother.MANAGER;
import static it.sportello.ticketing.internal.TicketMother.NOW;
import static it.sportello.ticketing.internal.TicketMother.OFFICE_HEAD;
import static it.sportello.ticketing.internal.TicketMother.OPERATOR;
import static it.sportello.ticketing.internal.TicketMother.ROME;
import static it.sportello.ticketing.internal.TicketMother.SALU_SUPPORT;
import static it.sportello.ticketing.internal.TicketMother.aTicketAssignedToAgri;
import static it.sportello.ticketing.internal.TicketMother.aTicketClosedByAgri;
import static it.sportello.ticketing.internal.TicketMother.anEscalatedTicket;
import static it.sportello.ticketing.internal.TicketMother.anOpenTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTests {

	@Test
	void openedTicketIsAtFirstLevelWithOneHistoryEntryAndAnEvent() {
		Ticket ticket = anOpenTicket();

		assertThat(ticket.state()).isEqualTo(TicketState.OPEN);
		assertThat(ticket.level()).isEqualTo(Level.FIRST_LEVEL);
		assertThat(ticket.pendingHistory()).extracting(HistoryEntry::action).containsExactly(HistoryAction.OPENED);
		assertThat(events(ticket)).singleElement().isInstanceOf(TicketOpened.class);
	}

	@Test
	void escalatingWhileAClarificationIsPendingCarriesTheQuestionWithTheTicket() {
		Ticket toBackOffice = anOpenTicket();
		Ticket toDepartment = anOpenTicket();
		String question = "Il contributo vale anche per chi affitta il terreno?";
		toBackOffice.requestClarification(question, OPERATOR, NOW);
		toDepartment.requestClarification(question, OPERATOR, NOW);

		toBackOffice.escalateToBackOffice("Il cittadino non può attendere.", OPERATOR, NOW.plusSeconds(60));
		toDepartment.escalateToDepartment("AGRI", DUE, "Competente l'agricoltura.", OPERATOR, NOW.plusSeconds(60));

		for (Ticket ticket : List.of(toBackOffice, toDepartment)) {
			assertThat(ticket.clarificationPending()).isFalse();
			assertThat(ticket.openQuestion()).isEqualTo(question);
			List<HistoryEntry> history = ticket.pendingHistory();
			HistoryEntry carried = history.get(history.size() - 2);
			assertThat(carried.action()).isEqualTo(HistoryAction.CLARIFICATION_CARRIED);
			assertThat(carried.note()).isEqualTo(question);
		}
	}

	@Test
	void anAnsweredClarificationIsNotCarriedByALaterEscalation() {
		Ticket ticket = anOpenTicket();
		ticket.requestClarification("Serve l'ISEE?", OPERATOR, NOW);
		ticket.answerClarification("Sì, in corso di validità.", BACK_OFFICE, NOW.plusSeconds(30));

		ticket.escalateToBackOffice("Serve una verifica.", OPERATOR, NOW.plusSeconds(60));

		assertThat(ticket.openQuestion()).isNull();
		assertThat(ticket.pendingHistory()).extracting(HistoryEntry::action)
			.doesNotContain(HistoryAction.CLARIFICATION_CARRIED);
	}

	@Test
	void firstLevelAnswersAndClosesAtFirstLevel() {
		Ticket ticket = anOpenTicket();

		ticket.close("Il tesserino si rinnova online.", false, OPERATOR, NOW);

		assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
		assertThat(ticket.resolvedAtLevel()).isEqualTo(Level.FIRST_LEVEL);
		assertThat(ticket.resolution()).isEqualTo("Il tesserino si rinnova online.");
		assertThat(events(ticket)).last().isInstanceOf(TicketClosed.class);
	}

	@Test
	void firstLevelEscalatesStraightToTheCompetentDepartmentWithADeadline() {
		Ticket ticket = anOpenTicket();

		ticket.escalateToDepartment("AGRI", DUE, "Competenza AGRI", OPERATOR, NOW);

		assertThat(ticket.state()).isEqualTo(TicketState.ASSIGNED);
		assertThat(ticket.departmentCode()).isEqualTo("AGRI");
		assertThat(ticket.dueAt()).isEqualTo(DUE);
		assertThat(eventsAfterOpening(ticket)).singleElement().isInstanceOfSatisfying(TicketEscalated.class, escalated -> {
			assertThat(escalated.to()).isEqualTo(Level.DEPARTMENT);
			assertThat(escalated.departmentCode()).isEqualTo("AGRI");
			assertThat(escalated.dueAt()).isEqualTo(DUE);
			assertThat(escalated.categoryCode()).isEqualTo("INFORMAZIONI");
			assertThat(escalated.channel()).isEqualTo(Channel.PHONE);
		});
	}

	@Test
	void aReturnedTicketPublishesThatItWasReturnedAndNotThatItWasEscalated() {
		Ticket ticket = aTicketAssignedToAgri();
		int before = events(ticket).size();

		ticket.returnToBackOffice("Non di nostra competenza", AGRI_SUPPORT, NOW);

		assertThat(events(ticket).subList(before, events(ticket).size())).singleElement()
			.isInstanceOfSatisfying(TicketReturned.class, returned -> {
				assertThat(returned.fromDepartmentCode()).isEqualTo("AGRI");
				assertThat(returned.by()).isEqualTo(AGRI_SUPPORT.username());
			});
	}

	@Test
	void backOfficeAssignmentPublishesOneAssignmentWithThePreviousDepartment() {
		Ticket ticket = aTicketAssignedToAgri();
		int before = events(ticket).size();

		ticket.assignTo("SALU", DUE, "Competenza sanità", BACK_OFFICE, NOW);

		assertThat(events(ticket).subList(before, events(ticket).size())).singleElement()
			.isInstanceOfSatisfying(TicketAssigned.class, assigned -> {
				assertThat(assigned.departmentCode()).isEqualTo("SALU");
				assertThat(assigned.previousDepartmentCode()).isEqualTo("AGRI");
			});
	}

	@Test
	void backOfficeAssignsAnEscalatedTicketAndRemindsTheDepartment() {
		Ticket ticket = aTicketAssignedToAgri();

		ticket.remind("Il cittadino ha richiamato", BACK_OFFICE, NOW);

		assertThat(ticket.reminderCount()).isEqualTo(1);
		assertThat(events(ticket)).last().isInstanceOfSatisfying(TicketReminded.class,
				reminded -> assertThat(reminded.departmentCode()).isEqualTo("AGRI"));
	}

	@Test
	void departmentClosesWithTheSolutionAndFlagsItOfCommonInterest() {
		Ticket ticket = aTicketAssignedToAgri();
		ticket.recordContact(new Contact(Channel.PHONE, ContactPurpose.GIVE_ANSWER, ContactOutcome.REACHED),
				"Spiegata la procedura", AGRI_SUPPORT, NOW);

		ticket.close("Rinnovo online entro il 31/12.", true, AGRI_SUPPORT, NOW);

		assertThat(ticket.resolvedAtLevel()).isEqualTo(Level.DEPARTMENT);
		assertThat(ticket.commonInterest()).isTrue();
		assertThat(events(ticket)).last().isInstanceOfSatisfying(AnswerOfCommonInterestFlagged.class,
				flagged -> assertThat(flagged.answer()).isEqualTo("Rinnovo online entro il 31/12."));
		assertThat(ticket.pendingHistory()).extracting(HistoryEntry::action)
			.containsSubsequence(HistoryAction.CONTACT, HistoryAction.CLOSED, HistoryAction.FLAGGED_COMMON_INTEREST);
	}

	@Test
	void refusesClosingATicketThatAnotherLevelHolds() {
		Ticket escalated = anEscalatedTicket();

		assertThatThrownBy(() -> escalated.close("risposta", false, OPERATOR, NOW))
			.isInstanceOf(TransitionNotAllowedException.class);
		assertThat(escalated.state()).isEqualTo(TicketState.ESCALATED);
	}

	@Test
	void refusesEscalatingAClosedTicketWithAConflict() {
		Ticket closed = aTicketClosedByAgri();

		assertThatThrownBy(() -> closed.escalateToBackOffice("di nuovo", OPERATOR, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesActionsOfAnotherRole() {
		assertThatThrownBy(() -> anEscalatedTicket().assignTo("AGRI", DUE, null, OPERATOR, NOW))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> aTicketAssignedToAgri().remind(null, AGRI_SUPPORT, NOW))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> anOpenTicket().escalateToBackOffice("x", OFFICE_HEAD, NOW))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void departmentSupportOfAnotherDepartmentNeitherSeesNorClosesTheTicket() {
		Ticket ticket = aTicketAssignedToAgri();

		assertThat(ticket.isVisibleTo(SALU_SUPPORT)).isFalse();
		assertThat(ticket.allows(TicketAction.CLOSE, SALU_SUPPORT)).isFalse();
		assertThatThrownBy(() -> ticket.close("no", false, SALU_SUPPORT, NOW))
			.isInstanceOf(TransitionNotAllowedException.class);
		assertThat(ticket.isVisibleTo(AGRI_SUPPORT)).isTrue();
		assertThat(ticket.isVisibleTo(AGRI_URP)).isTrue();
	}

	@Test
	void ticketsNotYetAtADepartmentAreInvisibleToDepartmentsButVisibleToTheManager() {
		Ticket open = anOpenTicket();

		assertThat(open.isVisibleTo(AGRI_SUPPORT)).isFalse();
		assertThat(open.isVisibleTo(MANAGER)).isTrue();
		assertThat(open.isVisibleTo(OFFICE_HEAD)).isFalse();
	}

	@Test
	void waitingForTheCitizenStopsTheClockAndResumingMovesTheDeadline() {
		WorkingCalendar calendar = new WorkingCalendar(ROME, List.of(MonthDay.of(5, 30)));
		Ticket ticket = anEscalatedTicket();
		Instant assignedAt = at(2026, 11, 2, 9);
		Instant due = calendar.plusWorkingDays(assignedAt, 5);
		ticket.assignTo("AGRI", due, null, BACK_OFFICE, assignedAt);

		ticket.waitForCitizen("Mancano i documenti", AGRI_SUPPORT, at(2026, 11, 4, 9));
		assertThat(ticket.isOverdue(at(2026, 11, 20, 9))).as("no deadline runs while waiting").isFalse();
		assertThat(events(ticket)).last()
			.isEqualTo(new TicketWaitingForCitizen(ticket.number().value(), ticket.categoryCode(), ticket.channel(), "AGRI",
					"Mancano i documenti", "supporto.agri", at(2026, 11, 4, 9)));
		ticket.resume("Documenti ricevuti", calendar, AGRI_SUPPORT, at(2026, 11, 6, 9));

		// Two working days waited (Wed 4 and Thu 5 November): the deadline moves from Mon 9 to Wed 11 November.
		assertThat(ticket.dueAt()).isEqualTo(at(2026, 11, 11, 9));
		assertThat(events(ticket)).last()
			.isEqualTo(new TicketResumed(ticket.number().value(), ticket.categoryCode(), ticket.channel(), "AGRI", at(2026, 11, 11, 9),
					"supporto.agri", at(2026, 11, 6, 9)));
		assertThat(ticket.isOverdue(at(2026, 11, 11, 8))).isFalse();
		assertThat(ticket.isOverdue(at(2026, 11, 11, 10))).isTrue();
	}

	@Test
	void clarificationIsAskedByFirstLevelAndAnsweredByBackOfficeWithoutChangingState() {
		Ticket ticket = anOpenTicket();

		ticket.requestClarification("Il bando è ancora aperto?", OPERATOR, NOW);
		assertThat(ticket.clarificationPending()).isTrue();
		ticket.answerClarification("Sì, fino al 31 marzo.", BACK_OFFICE, NOW);

		assertThat(ticket.clarificationPending()).isFalse();
		assertThat(ticket.state()).isEqualTo(TicketState.OPEN);
		assertThatThrownBy(() -> ticket.answerClarification("di nuovo", BACK_OFFICE, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void forwardingRecordsTheOfficeAndClosesAtFirstLevel() {
		Ticket ticket = anOpenTicket();

		ticket.forward("URP Dipartimento Agricoltura", null, OPERATOR, NOW);

		assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
		assertThat(ticket.forwardedTo()).isEqualTo("URP Dipartimento Agricoltura");
		assertThat(ticket.resolvedAtLevel()).isEqualTo(Level.FIRST_LEVEL);
	}

	@Test
	void backOfficeRelaysTheAnswerAndFirstLevelGivesItAndCloses() {
		Ticket ticket = aTicketAssignedToAgri();

		ticket.relayAnswer("Il tesserino è pronto in ufficio.", BACK_OFFICE, NOW);
		assertThat(ticket.state()).isEqualTo(TicketState.ANSWER_RELAYED);
		ticket.close("Comunicato al cittadino.", false, OPERATOR, NOW);

		assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
		assertThat(ticket.resolvedAtLevel()).as("the department found the answer; first level only gave it")
			.isEqualTo(Level.DEPARTMENT);
	}

	@Test
	void anAnswerTheBackOfficeFoundAndRelayedIsResolvedByTheBackOffice() {
		Ticket ticket = anOpenTicket();
		ticket.escalateToBackOffice("Serve il regolamento", OPERATOR, NOW);
		ticket.relayAnswer("Il regolamento è all'articolo 4.", BACK_OFFICE, NOW);
		ticket.close("Comunicato al cittadino.", false, OPERATOR, NOW);

		assertThat(ticket.resolvedAtLevel()).isEqualTo(Level.BACK_OFFICE);
		ticket.reopen("Richiama: non è chiaro", null, OPERATOR, NOW);
		assertThat(ticket.state()).as("back to the level that resolved it").isEqualTo(TicketState.ESCALATED);
	}

	@Test
	void reopeningReturnsTheTicketToTheLevelThatResolvedIt() {
		Ticket closedByDepartment = aTicketClosedByAgri();
		closedByDepartment.reopen("Il cittadino richiama: il link non funziona", DUE, OPERATOR, NOW);
		assertThat(closedByDepartment.state()).isEqualTo(TicketState.ASSIGNED);
		assertThat(closedByDepartment.departmentCode()).isEqualTo("AGRI");
		assertThat(events(closedByDepartment)).last().isInstanceOf(TicketReopened.class);

		Ticket closedAtFirstLevel = anOpenTicket();
		closedAtFirstLevel.close("risposta", false, OPERATOR, NOW);
		closedAtFirstLevel.reopen("richiama", DUE, BACK_OFFICE, NOW);
		assertThat(closedAtFirstLevel.state()).isEqualTo(TicketState.OPEN);
		assertThat(closedAtFirstLevel.dueAt()).isNull();
	}

	@Test
	void departmentReturnsAMisroutedTicketToTheBackOffice() {
		Ticket ticket = aTicketAssignedToAgri();

		ticket.returnToBackOffice("Non è di nostra competenza: Sanità", AGRI_SUPPORT, NOW);

		assertThat(ticket.state()).isEqualTo(TicketState.ESCALATED);
		assertThat(ticket.departmentCode()).as("no longer the department's").isNull();
		assertThat(ticket.isVisibleTo(AGRI_SUPPORT)).as("out of the returning department's scope").isFalse();
		assertThat(ticket.pendingHistory()).last().extracting(HistoryEntry::departmentCode)
			.as("the history still says which department returned it")
			.isEqualTo("AGRI");
		ticket.assignTo("SALU", DUE, null, BACK_OFFICE, NOW);
		assertThat(ticket.isVisibleTo(SALU_SUPPORT)).isTrue();
		assertThat(ticket.isVisibleTo(AGRI_SUPPORT)).isFalse();
	}

	@Test
	void refusesATransitionWithoutTheRequiredText() {
		assertThatThrownBy(() -> anOpenTicket().escalateToBackOffice("  ", OPERATOR, NOW))
			.isInstanceOf(InvalidInputException.class);
	}

	/** A browser sends a textarea's line breaks as CR LF but counts them as one character against its maxlength. */
	@Test
	void storesLineBreaksAsOneCharacterSoATextAtThePagesLimitFits() {
		String paragraphs = ("x".repeat(399) + "\r\n").repeat(10).strip();
		assertThat(paragraphs.length()).as("over the column as sent").isGreaterThan(4000);

		Ticket ticket = anOpenTicket();
		ticket.close(paragraphs, false, OPERATOR, NOW);

		assertThat(ticket.resolution()).hasSize(3999).doesNotContain("\r");
	}

	@Test
	void refusesTextLongerThanItsColumnWithTheField() {
		assertThatThrownBy(() -> anOpenTicket().close("x".repeat(4001), false, OPERATOR, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("resolution");
				assertThat(ex.code()).isEqualTo("ticket.text-too-long");
			});
		assertThatThrownBy(() -> anOpenTicket().forward("x".repeat(301), null, OPERATOR, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("forwardedTo"));
		assertThatThrownBy(() -> anOpenTicket().addNote("x".repeat(4001), OPERATOR, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		// An optional note has the same column.
		assertThatThrownBy(() -> aTicketAssignedToAgri().waitForCitizen("x".repeat(4001), AGRI_SUPPORT, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("note"));

		Ticket ticket = anOpenTicket();
		ticket.close("x".repeat(4000), false, OPERATOR, NOW);
		assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
	}

	@Test
	void allowedActionsFollowRoleStateAndHolder() {
		Ticket open = anOpenTicket();
		assertThat(actions(open, OPERATOR)).contains(TicketAction.CLOSE, TicketAction.ESCALATE_TO_BACK_OFFICE,
				TicketAction.ESCALATE_TO_DEPARTMENT, TicketAction.FORWARD, TicketAction.REQUEST_CLARIFICATION)
			.doesNotContain(TicketAction.ASSIGN, TicketAction.REOPEN);
		assertThat(actions(open, BACK_OFFICE)).doesNotContain(TicketAction.CLOSE, TicketAction.ANSWER_CLARIFICATION);
		assertThat(actions(aTicketAssignedToAgri(), AGRI_SUPPORT)).contains(TicketAction.CLOSE,
				TicketAction.RECORD_CONTACT, TicketAction.WAIT_FOR_CITIZEN, TicketAction.RETURN_TO_BACK_OFFICE);
		assertThat(actions(aTicketAssignedToAgri(), AGRI_URP)).containsExactly(TicketAction.ADD_NOTE);
		assertThat(actions(aTicketAssignedToAgri(), MANAGER)).isEmpty();
	}

	private static List<TicketAction> actions(Ticket ticket, it.sportello.identity.StaffMember by) {
		return java.util.Arrays.stream(TicketAction.values()).filter(a -> ticket.allows(a, by)).toList();
	}

	private static List<Object> events(Ticket ticket) {
		return ticket.registeredEvents();
	}

	private static List<Object> eventsAfterOpening(Ticket ticket) {
		List<Object> events = events(ticket);
		return events.subList(1, events.size());
	}

	private static Instant at(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ROME).toInstant();
	}

}
