package it.sportello.organization;

import org.jspecify.annotations.Nullable;

/** An office (UFFICIO), URP or structure (STRUTTURA) of a department. */
public record OfficeView(String code, String departmentCode, @Nullable String parentCode, String name, String type,
		@Nullable String phone, @Nullable String email, @Nullable String openingHours) {

	public boolean isUrp() {
		return "URP".equals(type);
	}

}
