package it.sportello.knowledge.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An authorization procedure (S-KB2), kept under its source id ({@code PR-0001}). */
@Entity
@Table(name = "knowledge_procedure")
class Procedure {

	@Id
	private String id;

	private String name;

	private String description;

	private String departmentCode;

	private String officeCode;

	private String responsibleEmployeeId;

	private String legalBasis;

	private int termDays;

	private boolean silenceAssent;

	@Convert(converter = JsonColumns.Strings.class)
	@Column(length = 1_000_000)
	private List<String> requiredDocuments;

	private String fees;

	private String howToApply;

	private String substitutePower;

	@Convert(converter = JsonColumns.Strings.class)
	@Column(length = 1_000_000)
	private List<String> keywords;

	@Column(length = 1_000_000)
	private String searchText;

	@Version
	private @Nullable Long version;

	Procedure(ProcedureContent content) {
		this.id = content.id();
		replace(content);
	}

	protected Procedure() {
		this.id = "";
		this.name = this.description = this.departmentCode = this.officeCode = "";
		this.responsibleEmployeeId = this.legalBasis = this.fees = this.howToApply = this.substitutePower = "";
		this.requiredDocuments = this.keywords = List.of();
		this.searchText = "";
	}

	final void replace(ProcedureContent content) {
		this.name = content.name();
		this.description = content.description();
		this.departmentCode = content.departmentCode();
		this.officeCode = content.officeCode();
		this.responsibleEmployeeId = content.responsibleEmployeeId();
		this.legalBasis = content.legalBasis();
		this.termDays = content.termDays();
		this.silenceAssent = content.silenceAssent();
		this.requiredDocuments = content.requiredDocuments();
		this.fees = content.fees();
		this.howToApply = content.howToApply();
		this.substitutePower = content.substitutePower();
		this.keywords = content.keywords();
		this.searchText = SearchText.of(java.util.stream.Stream.concat(
				java.util.stream.Stream.of(content.id(), content.name(), content.description()),
				content.keywords().stream()));
	}

	String id() {
		return id;
	}

	String officeCode() {
		return officeCode;
	}

	String departmentCode() {
		return departmentCode;
	}

	/** The version the client's copy must name to change the procedure (its entity tag). */
	long version() {
		return version == null ? 0 : version;
	}

	ProcedureContent content() {
		return new ProcedureContent(id, name, description, departmentCode, officeCode, responsibleEmployeeId,
				legalBasis, termDays, silenceAssent, requiredDocuments, fees, howToApply, substitutePower, keywords);
	}

}
