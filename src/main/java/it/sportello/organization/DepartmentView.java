package it.sportello.organization;

import org.jspecify.annotations.Nullable;

/** A department of the Region as other modules see it; {@code code} is the source identifier ({@code PROG}). */
public record DepartmentView(String code, String name, String shortName, @Nullable String phone,
		@Nullable String email, @Nullable String pec, @Nullable String website, @Nullable String address) {
}
