package it.sportello.knowledge.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An authorization procedure with its office's and responsible person's names from the directory. */
public record ProcedureView(String id, String name, String description, String departmentCode, String officeCode,
		@Nullable String officeName, String responsibleEmployeeId, @Nullable String responsibleName, String legalBasis,
		int termDays, boolean silenceAssent, List<String> requiredDocuments, String fees, String howToApply,
		String substitutePower, List<String> keywords) {
}
