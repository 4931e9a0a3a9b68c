package it.sportello.knowledge.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.ticketing.AnswerOfCommonInterestFlagged;
import it.sportello.ticketing.ClosedAnswer;
import it.sportello.ticketing.QuotedItem;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketNumber;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FAQ proposals from tickets (S-TT11): a ticket closed with an answer of common interest becomes a proposal,
 * prefilled with its question and answer stripped of the citizen's personal data ({@link PersonalData}), for the back
 * office and the owners of the sheet the answer quoted (or of the ticket's department). The URP or the department's
 * support accepts it into a draft of their department as a new FAQ (an edit of the draft: sign-offs are voided), or
 * the back office, the manager or the department dismisses it.
 */
@Service
public class FaqProposals {

	private final FaqProposalRepository proposals;

	private final SheetRepository sheets;

	private final SheetEditing editing;

	private final TicketDesk tickets;

	private final SeriesWrites series;

	private final Clock clock;

	FaqProposals(FaqProposalRepository proposals, SheetRepository sheets, SheetEditing editing, TicketDesk tickets,
			SeriesWrites series, Clock clock) {
		this.series = series;
		this.proposals = proposals;
		this.sheets = sheets;
		this.editing = editing;
		this.tickets = tickets;
		this.clock = clock;
	}

	/** Delivered once per flag; a ticket flagged again (reopened and closed) keeps its first proposal. */
	@ApplicationModuleListener
	void on(AnswerOfCommonInterestFlagged flagged) {
		if (proposals.findByTicketNumber(flagged.number()).isPresent()) {
			return;
		}
		String sheetId = tickets.closedAnswer(new TicketNumber(flagged.number()))
			.map(ClosedAnswer::quotedItems)
			.orElse(List.of())
			.stream()
			.filter(item -> "SHEET".equals(item.itemType()))
			.map(QuotedItem::itemId)
			.filter(sheets::existsById)
			.findFirst()
			.orElse(null);
		String departmentCode = sheetId != null ? sheets.findById(sheetId).map(Sheet::departmentCode).orElse(null)
				: flagged.departmentCode();
		proposals.save(new FaqProposal(flagged.number(), flagged.categoryCode(), departmentCode, sheetId,
				limit(PersonalData.strip(flagged.question()), 4000), limit(PersonalData.strip(flagged.answer()), 8000),
				clock.instant()));
	}

	/** The proposals waiting for the reader. */
	@Transactional(readOnly = true)
	public List<FaqProposalView> open(StaffMember by) {
		List<FaqProposalView> found = new ArrayList<>();
		for (FaqProposal proposal : proposals.findByStateOrderById(FaqProposal.State.PROPOSED)) {
			if (concerns(proposal, by)) {
				found.add(proposal.view());
			}
		}
		return found;
	}

	/**
	 * Adds the proposal, as the editor corrected it, to a draft sheet of the reader's department as a new FAQ.
	 */
	public FaqProposalView accept(long id, String sheetId, String question, String answer, StaffMember by) {
		return series.withNextIds(() -> {
			FaqProposal proposal = proposal(id, by);
			Sheet sheet = sheets.findById(sheetId)
				.orElseThrow(() -> new InvalidInputException("sheetId", "knowledge.sheet.not-found", sheetId));
			if (sheet.state() != SheetState.DRAFT) {
				throw new InvalidInputException("sheetId", "knowledge.proposal.sheet-not-draft", sheetId);
			}
			SheetContent content = sheet.content();
			List<SheetDraft.DraftFaq> faq = new ArrayList<>(content.faq()
				.stream()
				.map(item -> new SheetDraft.DraftFaq(item.id(), item.question(), item.answer()))
				.toList());
			faq.add(new SheetDraft.DraftFaq(null, question.strip(), answer.strip()));
			SheetDetails edited = editing.editInTransaction(sheetId, new SheetDraft(content.title(), content.summary(),
					content.body(), content.officeCode(), content.procedureId(), content.keywords(), content.audience(),
					content.validFrom(), content.validUntil(), content.links(), faq), null, by);
			proposal.accept(edited.faq().get(edited.faq().size() - 1).id(), by.username(), clock.instant());
			proposals.flush();
			return proposal.view();
		});
	}

	@Transactional
	public FaqProposalView dismiss(long id, StaffMember by) {
		FaqProposal proposal = proposal(id, by);
		proposal.dismiss(by.username(), clock.instant());
		proposals.flush();
		return proposal.view();
	}

	private FaqProposal proposal(long id, StaffMember by) {
		if (!by.is(Role.BACK_OFFICE, Role.MANAGER, Role.URP, Role.DEPARTMENT_SUPPORT)) {
			throw new ForbiddenException("knowledge.proposal.role-not-allowed");
		}
		FaqProposal proposal = proposals.findById(id)
			.filter(found -> concerns(found, by) || found.state() != FaqProposal.State.PROPOSED && sees(found, by))
			.orElseThrow(() -> new NotFoundException("knowledge.proposal.not-found", id));
		if (proposal.state() != FaqProposal.State.PROPOSED) {
			throw new ConflictException("knowledge.proposal.decided", id);
		}
		return proposal;
	}

	private static boolean concerns(FaqProposal proposal, StaffMember by) {
		if (by.is(Role.BACK_OFFICE, Role.MANAGER)) {
			return true;
		}
		return by.is(Role.URP, Role.DEPARTMENT_SUPPORT) && proposal.departmentCode() != null
				&& proposal.departmentCode().equals(by.departmentCode());
	}

	private static boolean sees(FaqProposal proposal, StaffMember by) {
		return by.is(Role.ADMIN) || concerns(proposal, by);
	}

	private static String limit(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
