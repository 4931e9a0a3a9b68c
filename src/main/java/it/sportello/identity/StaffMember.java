package it.sportello.identity;

import org.jspecify.annotations.Nullable;

/**
 * The staff user on whose behalf something is done: what other modules need to check rights,
 * department scope and to record who did what.
 *
 * @param username login name, unique
 * @param displayName name shown in timelines and greetings, e.g. "Claudio Rossi"
 * @param role the user's role
 * @param departmentCode the department a DEPARTMENT_SUPPORT or URP user is bound to, else null
 * @param officeCode the office an OFFICE_HEAD runs, else null
 */
public record StaffMember(String username, String displayName, Role role, @Nullable String departmentCode,
		@Nullable String officeCode) {

	public boolean is(Role... roles) {
		for (Role candidate : roles) {
			if (role == candidate) {
				return true;
			}
		}
		return false;
	}

	/** First word of the display name, for the greeting script. */
	public String firstName() {
		int space = displayName.indexOf(' ');
		return space < 0 ? displayName : displayName.substring(0, space);
	}

}
