package it.sportello.shared.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The lenient streaming mode: each line goes to the handler as it is read; a line that is malformed or that
 * the handler refuses ({@link LineRejected}) is skipped and reported, and the import goes on. Memory stays flat
 * whatever the size of the file (phone-switch logs of hundreds of megabytes): nothing is kept but counts, the
 * count of skipped lines by reason, and the first problems in full.
 */
public final class LenientImport {

	private LenientImport() {
	}

	/**
	 * What a lenient import did.
	 *
	 * @param accepted lines the handler took
	 * @param skipped lines skipped, malformed or refused
	 * @param skippedByCode skipped lines by the message code of their reason
	 * @param firstProblems the first problems, with line number and reason, up to the limit asked for
	 */
	public record Report(String file, long accepted, long skipped, Map<String, Long> skippedByCode,
			List<LineProblem> firstProblems) {

		public long lines() {
			return accepted + skipped;
		}

	}

	/**
	 * @param handler takes one line (stores it, adds it to a batch); throws {@link LineRejected} to skip it
	 * @param problemsKept how many problems the report keeps in full
	 */
	public static Report run(String file, Reader source, List<String> columns, Consumer<ImportLine> handler,
			int problemsKept) {
		long[] accepted = { 0 };
		Map<String, Long> byCode = new TreeMap<>();
		List<LineProblem> first = new ArrayList<>();
		Consumer<LineProblem> skip = problem -> {
			byCode.merge(problem.code(), 1L, Long::sum);
			if (first.size() < problemsKept) {
				first.add(problem);
			}
		};
		CsvLines.read(file, source, columns, line -> {
			try {
				handler.accept(line);
				accepted[0]++;
			}
			catch (LineRejected rejected) {
				skip.accept(rejected.at(file, line.line()));
			}
		}, skip);
		long skipped = byCode.values().stream().mapToLong(Long::longValue).sum();
		return new Report(file, accepted[0], skipped, Map.copyOf(byCode), List.copyOf(first));
	}

}
