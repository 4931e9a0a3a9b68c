package it.sportello.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong in the directory's CSV files, precise enough to fix it in a spreadsheet. What is wrong is a
 * message code with its arguments, told in the reader's language where it is shown ({@link #reason()}).
 *
 * @param file {@code departments.csv}, {@code offices.csv} or {@code employees.csv}
 * @param line the line of the file where the row starts (1 = header), 0 for the file as a whole
 * @param field the column at fault, when one is
 * @param code the message code of what is wrong ({@code directory.import.problem.*} or the import toolkit's)
 * @param arguments the values the message quotes (the wrong value, the line of the first duplicate, ...)
 */
public record ImportProblem(String file, int line, @Nullable String field, String code, List<Object> arguments) {

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	public static ImportProblem of(String file, int line, @Nullable String field, String code, Object... arguments) {
		return new ImportProblem(file, line, field, code, List.of(arguments));
	}

	/** The reason, for a {@code MessageSource} to tell in a locale. */
	public MessageSourceResolvable reason() {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments.toArray());
	}

}
