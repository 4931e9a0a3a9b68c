package it.sportello.organization.internal;

import org.jspecify.annotations.Nullable;

/**
 * The writable fields of an employee, as one row of {@code employees.csv} or one form carries them; a
 * record so that "did this row change?" is plain {@code equals}.
 */
public record EmployeeData(String firstName, String lastName, @Nullable String title, String position, String officeCode,
		String extension, @Nullable String directPhone, @Nullable String email, @Nullable String room) {
}
