package it.sportello.organization.web;

import it.sportello.organization.OfficeView;
import it.sportello.organization.internal.OfficeData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An office as the admin form and the API write it; the code is taken only when creating. */
record OfficeForm(@Nullable @Size(max = 32) String code, @NotBlank @Size(max = 16) String departmentCode,
		@Nullable @Size(max = 32) String parentCode, @NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "STRUTTURA|URP|UFFICIO") String type, @Nullable @Size(max = 40) String phone,
		@Nullable @Size(max = 254) String email, @Nullable @Size(max = 254) String pec,
		@Nullable @Size(max = 200) String address, @Nullable @Size(max = 500) String openingHours,
		@Nullable @Size(max = 500) String website, @Nullable @Size(max = 2000) String competences) {

	static OfficeForm empty() {
		return new OfficeForm(null, "", null, "", "UFFICIO", null, null, null, null, null, null, null);
	}

	static OfficeForm of(OfficeView o) {
		return new OfficeForm(o.code(), o.departmentCode(), o.parentCode(), o.name(), o.type(), o.phone(), o.email(),
				o.pec(), o.address(), o.openingHours(), o.website(), o.competences());
	}

	OfficeData toParameters() {
		return new OfficeData(Blank.required(departmentCode), Blank.toNull(parentCode), Blank.required(name),
				Blank.required(type), Blank.toNull(phone), Blank.toNull(email), Blank.toNull(pec), Blank.toNull(address),
				Blank.toNull(openingHours), Blank.toNull(website), Blank.toNull(competences));
	}

}
