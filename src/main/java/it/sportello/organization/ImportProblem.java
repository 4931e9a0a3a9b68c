package it.sportello.organization;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in the directory's CSV files, precise enough to fix it in a spreadsheet.
 *
 * @param file {@code departments.csv}, {@code offices.csv} or {@code employees.csv}
 * @param line the line of the file where the row starts (1 = header), 0 for the file as a whole
 * @param field the column at fault, when one is
 * @param reason what is wrong, in Italian for the administrators who fix it
 */
public record ImportProblem(String file, int line, @Nullable String field, String reason) {
}
