package it.sportello.knowledge.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A FAQ proposed from a ticket closed with an answer of common interest (S-TT11): the ticket's question and answer
 * without the citizen's personal data, for the back office and the owners of the sheet it belongs with (the sheet the
 * answer quoted, or the ticket's department). Accepted into a draft as a new FAQ, or dismissed.
 */
@Entity
@Table(name = "knowledge_faq_proposal")
class FaqProposal {

	enum State {

		PROPOSED, ACCEPTED, DISMISSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ticketNumber;

	private String categoryCode;

	private @Nullable String departmentCode;

	private @Nullable String sheetId;

	private String question;

	private String answer;

	@Enumerated(EnumType.STRING)
	private State state;

	private Instant proposedAt;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String faqId;

	@Version
	private @Nullable Long version;

	FaqProposal(String ticketNumber, String categoryCode, @Nullable String departmentCode, @Nullable String sheetId,
			String question, String answer, Instant proposedAt) {
		this.ticketNumber = ticketNumber;
		this.categoryCode = categoryCode;
		this.departmentCode = departmentCode;
		this.sheetId = sheetId;
		this.question = question;
		this.answer = answer;
		this.state = State.PROPOSED;
		this.proposedAt = proposedAt;
	}

	@SuppressWarnings("NullAway")
	protected FaqProposal() {
	}

	void accept(String faqId, String by, Instant at) {
		this.faqId = faqId;
		decide(State.ACCEPTED, by, at);
	}

	void dismiss(String by, Instant at) {
		decide(State.DISMISSED, by, at);
	}

	private void decide(State next, String by, Instant at) {
		this.state = next;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	FaqProposalView view() {
		return new FaqProposalView(id == null ? 0 : id, ticketNumber, categoryCode, departmentCode, sheetId, question,
				answer, state.name(), proposedAt, decidedBy, decidedAt, faqId, version == null ? 0 : version);
	}

	long id() {
		return id == null ? 0 : id;
	}

	State state() {
		return state;
	}

	@Nullable String departmentCode() {
		return departmentCode;
	}

	@Nullable String sheetId() {
		return sheetId;
	}

}
