package it.sportello.organization;

import org.jspecify.annotations.Nullable;

/** A department of the Region as other modules see it. */
public record DepartmentView(String code, String name, String shortName, @Nullable String phone,
		@Nullable String email, @Nullable String pec, @Nullable String website) {
}
