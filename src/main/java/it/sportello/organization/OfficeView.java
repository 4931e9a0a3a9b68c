package it.sportello.organization;

import org.jspecify.annotations.Nullable;

/**
 * An office (UFFICIO), URP or structure (STRUTTURA) of a department with its contact data;
 * {@code code} is the source identifier ({@code PROG-02}).
 */
public record OfficeView(String code, String departmentCode, @Nullable String parentCode, String name, String type,
		@Nullable String phone, @Nullable String email, @Nullable String openingHours, @Nullable String pec,
		@Nullable String address, @Nullable String website, @Nullable String competences) {

	public boolean isUrp() {
		return "URP".equals(type);
	}

}
