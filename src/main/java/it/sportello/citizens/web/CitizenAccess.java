package it.sportello.citizens.web;

/** Who may see citizen records: every staff role that talks to citizens or runs the service. */
final class CitizenAccess {

	static final String READERS = "hasAnyRole('FIRST_LEVEL','BACK_OFFICE','DEPARTMENT_SUPPORT','URP','MANAGER','ADMIN')";

	private CitizenAccess() {
	}

}
