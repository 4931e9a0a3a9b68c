package it.sportello.organization.internal;

import org.jspecify.annotations.Nullable;

/** The writable fields of a department, as one row of {@code departments.csv} or one form carries them. */
public record DepartmentData(String name, String shortName, @Nullable String address, @Nullable String phone,
		@Nullable String email, @Nullable String pec, @Nullable String website) {
}
