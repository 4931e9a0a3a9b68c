package it.sportello.organization.web;

import it.sportello.organization.DepartmentView;
import it.sportello.organization.internal.DepartmentData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A department as the admin form and the API write it; the code is taken only when creating. */
record DepartmentForm(@Nullable @Size(max = 16) String code, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 100) String shortName, @Nullable @Size(max = 200) String address,
		@Nullable @Size(max = 40) String phone, @Nullable @Size(max = 254) String email,
		@Nullable @Size(max = 254) String pec, @Nullable @Size(max = 500) String website) {

	static DepartmentForm empty() {
		return new DepartmentForm(null, "", "", null, null, null, null, null);
	}

	static DepartmentForm of(DepartmentView d) {
		return new DepartmentForm(d.code(), d.name(), d.shortName(), d.address(), d.phone(), d.email(), d.pec(), d.website());
	}

	DepartmentData toParameters() {
		return new DepartmentData(Blank.required(name), Blank.required(shortName), Blank.toNull(address),
				Blank.toNull(phone), Blank.toNull(email), Blank.toNull(pec), Blank.toNull(website));
	}

}
