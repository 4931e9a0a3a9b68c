package it.sportello.knowledge.internal;

import java.util.List;

/**
 * An authorization procedure with the fields an administration must publish for it (S-KB2).
 *
 * @param termDays the time limit of the procedure in days
 * @param silenceAssent whether silence of the administration means assent
 * @param substitutePower who acts when the office does not decide in time
 */
public record ProcedureContent(String id, String name, String description, String departmentCode,
		String officeCode, String responsibleEmployeeId, String legalBasis, int termDays, boolean silenceAssent,
		List<String> requiredDocuments, String fees, String howToApply, String substitutePower,
		List<String> keywords) {

	public ProcedureContent {
		requiredDocuments = List.copyOf(requiredDocuments);
		keywords = List.copyOf(keywords);
	}

}
