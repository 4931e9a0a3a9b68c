package it.sportello.organization.web;

import it.sportello.organization.EmployeeView;
import it.sportello.organization.internal.EmployeeData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person of the directory as the admin form and the API write them; the id is taken only when creating. */
record EmployeeForm(@Nullable @Size(max = 16) String id, @Nullable @Size(max = 20) String title,
		@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotBlank @Size(max = 40) String position, @NotBlank @Size(max = 32) String officeCode,
		@NotBlank @Pattern(regexp = "[0-9]{2,8}") String extension, @Nullable @Size(max = 40) String directPhone,
		@Nullable @Size(max = 254) String email, @Nullable @Size(max = 100) String room) {

	static EmployeeForm empty() {
		return new EmployeeForm(null, null, "", "", "", "", "", null, null, null);
	}

	static EmployeeForm of(EmployeeView e) {
		return new EmployeeForm(e.id(), e.title(), e.firstName(), e.lastName(), e.position(), e.officeCode(),
				e.extension(), e.directPhone(), e.email(), e.room());
	}

	EmployeeData toParameters() {
		return new EmployeeData(Blank.required(firstName), Blank.required(lastName), Blank.toNull(title),
				Blank.required(position), Blank.required(officeCode), Blank.required(extension), Blank.toNull(directPhone),
				Blank.toNull(email), Blank.toNull(room));
	}

}
