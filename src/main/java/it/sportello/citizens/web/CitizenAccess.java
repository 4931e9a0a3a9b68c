package it.sportello.citizens.web;

/**
 * Who may search and read the citizen registry as a whole: the desks that take citizens' requests, the
 * contact-center manager and the administrator. Departmental support and URP users are scoped to one
 * department: they see a citizen through their department's tickets (the ticket carries its citizen), never by
 * searching the registry or reading records by id, which would show them every citizen of the region.
 */
final class CitizenAccess {

	static final String READERS = "hasAnyRole('FIRST_LEVEL','BACK_OFFICE','MANAGER','ADMIN')";

	private CitizenAccess() {
	}

}
