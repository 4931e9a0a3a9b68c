package it.sportello.organization.web;

import java.util.List;
import java.util.Locale;

import it.sportello.organization.ImportCounts;
import it.sportello.organization.ImportProblem;
import it.sportello.organization.ImportReport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A directory import's report as the API and the page show it: each problem's reason told in the reader's
 * language (Italian unless the request asks for English), beside its message code for programs.
 */
record ImportReportResponse(boolean dryRun, boolean applied, boolean removeMissing, ImportCounts departments,
		ImportCounts offices, ImportCounts employees, List<Problem> problems, List<String> missingKeys) {

	/**
	 * @param code the message code of what is wrong (stable, for programs)
	 * @param reason what is wrong, told for a person
	 */
	record Problem(String file, int line, @Nullable String field, String code, String reason) {
	}

	static ImportReportResponse of(ImportReport report, MessageSource messages, Locale locale) {
		return new ImportReportResponse(report.dryRun(), report.applied(), report.removeMissing(), report.departments(),
				report.offices(), report.employees(),
				report.problems().stream().map(problem -> problem(problem, messages, locale)).toList(),
				report.missingKeys());
	}

	private static Problem problem(ImportProblem problem, MessageSource messages, Locale locale) {
		return new Problem(problem.file(), problem.line(), problem.field(), problem.code(),
				messages.getMessage(problem.reason(), locale));
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

}
