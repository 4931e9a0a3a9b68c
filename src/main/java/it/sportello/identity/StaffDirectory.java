package it.sportello.identity;

import java.util.Optional;

/** Looks up staff members by user name, e.g. to act on their behalf in demo data or to show who did what. */
public interface StaffDirectory {

	Optional<StaffMember> find(String username);

	/** The enabled staff members of a role, by user name (e.g. the operators expected at a training). */
	java.util.List<StaffMember> enabledWithRole(Role role);

	/**
	 * The e-mail addresses of the enabled staff members of a role that have one in their profile, by user name (e.g.
	 * the managers who receive the monthly telephone report).
	 */
	java.util.List<String> emailsOfEnabledWithRole(Role role);

	/** The enabled staff member whose profile has this phone extension (a telephony event names the extension). */
	Optional<StaffMember> findByExtension(String extension);

}
