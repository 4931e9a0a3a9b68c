package it.sportello.shared.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The strict mode: read and check every line first, report every problem at once, and let the caller write
 * only when there is none (all or nothing), for data that must be whole: the directory, the knowledge base.
 * The lines are kept for the writing step, so files are of the size a person edits, not logs.
 */
public final class StrictImport {

	private StrictImport() {
	}

	/** The checked lines and every problem: the lines a check refused with {@link LineRejected} are left out. */
	public record Result(List<ImportLine> lines, List<LineProblem> problems) {

		public boolean hasProblems() {
			return !problems.isEmpty();
		}

	}

	/**
	 * @param check looks at one line and throws {@link LineRejected} to refuse it; checks across lines (a
	 * duplicate key) are the caller's, on {@link Result#lines()}
	 */
	public static Result check(String file, Reader source, List<String> columns, Consumer<ImportLine> check) {
		List<ImportLine> lines = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		CsvLines.read(file, source, columns, line -> {
			try {
				check.accept(line);
				lines.add(line);
			}
			catch (LineRejected rejected) {
				problems.add(rejected.at(file, line.line()));
			}
		}, problems::add);
		return new Result(List.copyOf(lines), List.copyOf(problems));
	}

}
