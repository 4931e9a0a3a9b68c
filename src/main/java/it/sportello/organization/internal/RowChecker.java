package it.sportello.organization.internal;

import java.util.List;
import java.util.function.Function;

import it.sportello.organization.ImportProblem;
import org.jspecify.annotations.Nullable;

/** Reads the fields of one file's rows and records each problem with the file, line and column. */
final class RowChecker {

	private final String file;

	private final List<ImportProblem> problems;

	RowChecker(String file, List<ImportProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	/** The value, with a problem when it is empty, too long or breaks the rule. */
	@Nullable String required(CsvRow row, String column, int max, Function<String, @Nullable Broken> rule) {
		String value = row.get(column);
		if (value == null) {
			report(row.line(), column, Broken.of("required"));
			return null;
		}
		return checked(row, column, value, max, rule);
	}

	@Nullable String required(CsvRow row, String column, int max) {
		return required(row, column, max, value -> null);
	}

	@Nullable String optional(CsvRow row, String column, int max, Function<String, @Nullable Broken> rule) {
		String value = row.get(column);
		return value == null ? null : checked(row, column, value, max, rule);
	}

	@Nullable String optional(CsvRow row, String column, int max) {
		return optional(row, column, max, value -> null);
	}

	private String checked(CsvRow row, String column, String value, int max, Function<String, @Nullable Broken> rule) {
		Broken tooLong = FieldRules.length(value, max);
		if (tooLong != null) {
			report(row.line(), column, tooLong);
		}
		Broken broken = rule.apply(value);
		if (broken != null) {
			report(row.line(), column, broken);
		}
		return value;
	}

	void report(int line, @Nullable String column, Broken broken) {
		problems.add(new ImportProblem(file, line, column, broken.code(), broken.arguments()));
	}

	void report(int line, @Nullable String column, String code, Object... arguments) {
		report(line, column, Broken.of(code, arguments));
	}

}
