package it.sportello.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person of the phone directory as other modules and the web see them; {@code id} is the source
 * identifier ({@code E0134}). Homonyms are told apart by office and position.
 *
 * @param interimRoles the other offices this person serves ad interim, empty for most
 */
public record EmployeeView(String id, @Nullable String title, String firstName, String lastName, String position,
		String officeCode, String officeName, String departmentCode, String extension, @Nullable String directPhone,
		@Nullable String email, @Nullable String room, List<InterimRoleView> interimRoles) {

	/** "Dott.ssa Maria Russo", or without title when there is none. */
	public String displayName() {
		return title == null ? firstName + " " + lastName : title + " " + firstName + " " + lastName;
	}

	/** The position held ad interim in the office, or the own position when it is the person's office. */
	public String interimPositionIn(String officeCode) {
		return interimRoles.stream()
			.filter(role -> role.officeCode().equals(officeCode))
			.map(InterimRoleView::position)
			.findFirst()
			.orElse(position);
	}

	/** "Russo Maria", the order of a printed directory. */
	public String sortName() {
		return lastName + " " + firstName;
	}

}
