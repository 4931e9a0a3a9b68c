package it.sportello.telephony.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.sportello.shared.importing.LineProblem;

/** Counts of one import: lines, events used, verbs ignored, problems by reason and the first problems in full. */
final class ImportTally {

	final int problemsKept;

	final Map<String, Long> ignored = new java.util.HashMap<>();

	final Map<String, Long> problemsByCode = new TreeMap<>();

	final List<LineProblem> firstProblems = new ArrayList<>();

	long lines;

	long used;

	ImportTally(int problemsKept) {
		this.problemsKept = problemsKept;
	}

	void ignored(String verb) {
		// Bounded: a file of garbage verbs must not grow the map without end.
		String key = ignored.size() < 50 || ignored.containsKey(verb) ? verb : "…";
		ignored.merge(key, 1L, Long::sum);
	}

	void problem(String file, long line, String code, Object... args) {
		problemsByCode.merge(code, 1L, Long::sum);
		if (firstProblems.size() < problemsKept) {
			firstProblems.add(new LineProblem(file, line, null, code, args));
		}
	}

	long skipped() {
		return ignored.values().stream().mapToLong(Long::longValue).sum()
				+ problemsByCode.values().stream().mapToLong(Long::longValue).sum();
	}

}
