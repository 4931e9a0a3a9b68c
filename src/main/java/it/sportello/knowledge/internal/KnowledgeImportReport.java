package it.sportello.knowledge.internal;

import java.util.List;

/**
 * What an import found and did. A run with problems writes nothing ({@code applied} false); a dry run never writes
 * but counts what a real run would do.
 */
public record KnowledgeImportReport(boolean dryRun, boolean applied, Counts procedures, Counts sheets, Counts faqs,
		List<ImportProblem> problems) {

	public KnowledgeImportReport {
		problems = List.copyOf(problems);
	}

	/** Records that a run creates, changes, and finds already as the file says. */
	public record Counts(int created, int updated, int unchanged) {

		static final Counts NONE = new Counts(0, 0, 0);

	}

}
