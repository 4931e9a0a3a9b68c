package it.sportello.ticketing.internal;

import it.sportello.identity.StaffMember;

/** Who did something, as the timeline shows it. */
record Actor(String username, String displayName) {

	static Actor of(StaffMember staff) {
		return new Actor(staff.username(), staff.displayName());
	}

}
