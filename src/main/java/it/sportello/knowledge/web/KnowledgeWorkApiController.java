package it.sportello.knowledge.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.FaqProposalView;
import it.sportello.knowledge.internal.FaqProposals;
import it.sportello.knowledge.internal.InboxItem;
import it.sportello.knowledge.internal.KnowledgeInbox;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What waits for the caller in the knowledge portal (the inbox), and the FAQ proposals from tickets (S-TT11). */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
class KnowledgeWorkApiController {

	private final KnowledgeInbox inbox;

	private final FaqProposals proposals;

	KnowledgeWorkApiController(KnowledgeInbox inbox, FaqProposals proposals) {
		this.inbox = inbox;
		this.proposals = proposals;
	}

	record Inbox(int count, List<InboxItem> items) {
	}

	/** A proposal accepted into a draft of the caller's department, with its question and answer as corrected. */
	record Acceptance(@NotBlank @Size(max = 16) String sheetId, @NotBlank @Size(max = 1000) String question,
			@NotBlank @Size(max = 4000) String answer) {
	}

	@GetMapping("/inbox")
	@Operation(summary = "What waits for the caller: drafts to sign, notices to send or acknowledge, sheets to publish or renew, needs, FAQ proposals")
	Inbox inbox(StaffMember me) {
		List<InboxItem> items = inbox.items(me);
		return new Inbox(items.size(), items);
	}

	@GetMapping("/faq-proposals")
	@Operation(summary = "FAQ proposals from tickets of common interest waiting for the caller (back office, manager, the department's URP and support)")
	List<FaqProposalView> proposals(StaffMember me) {
		return proposals.open(me);
	}

	@PostMapping("/faq-proposals/{id}/acceptance")
	@Operation(summary = "Add the proposal as a new FAQ of a draft of the caller's department (the draft's sign-offs are void)")
	FaqProposalView accept(@PathVariable long id, @Valid @RequestBody Acceptance body, StaffMember me) {
		return proposals.accept(id, body.sheetId(), body.question(), body.answer(), me);
	}

	@PostMapping("/faq-proposals/{id}/dismissal")
	@Operation(summary = "Dismiss a FAQ proposal")
	FaqProposalView dismiss(@PathVariable long id, StaffMember me) {
		return proposals.dismiss(id, me);
	}

}
