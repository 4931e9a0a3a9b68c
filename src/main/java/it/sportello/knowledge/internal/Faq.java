package it.sportello.knowledge.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question and answer of a sheet, approved and published with it; kept under its source id ({@code FAQ-0001}). */
@Entity
@Table(name = "knowledge_faq")
class Faq {

	@Id
	private String id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "sheet_id")
	private Sheet sheet;

	private int position;

	private String question;

	private String answer;

	Faq(Sheet sheet, int position, FaqItem item) {
		this.id = item.id();
		this.sheet = sheet;
		this.position = position;
		this.question = item.question();
		this.answer = item.answer();
	}

	@SuppressWarnings("NullAway")
	protected Faq() {
		this.id = this.question = this.answer = "";
	}

	String id() {
		return id;
	}

	Sheet sheet() {
		return sheet;
	}

	int position() {
		return position;
	}

	void replace(int position, FaqItem item) {
		this.position = position;
		this.question = item.question();
		this.answer = item.answer();
	}

	FaqItem item() {
		return new FaqItem(id, question, answer);
	}

}
