package it.sportello.organization;

import java.util.List;

/**
 * The outcome of a directory import. A report with problems never comes with changes: the import is
 * all-or-nothing.
 *
 * @param dryRun whether the files were only checked
 * @param applied whether the database was changed (a real run without problems)
 * @param missingKeys source identifiers of the records no longer in the files, by kind, for the report
 */
public record ImportReport(boolean dryRun, boolean applied, boolean removeMissing, ImportCounts departments,
		ImportCounts offices, ImportCounts employees, List<ImportProblem> problems, List<String> missingKeys) {

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

}
