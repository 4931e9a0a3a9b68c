package it.sportello.organization.internal;

import org.jspecify.annotations.Nullable;

/** The writable fields of an office, as one row of {@code offices.csv} or one form carries them. */
public record OfficeData(String departmentCode, @Nullable String parentCode, String name, String type,
		@Nullable String phone, @Nullable String email, @Nullable String pec, @Nullable String address,
		@Nullable String openingHours, @Nullable String website, @Nullable String competences) {
}
