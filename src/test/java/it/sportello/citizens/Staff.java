package it.sportello.citizens;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;

/** Staff members of the demo users for tests (Object Mother); each demo password is the user name. */
public final class Staff {

	private Staff() {
	}

	public static StaffMember firstLevelOperator() {
		return new StaffMember("operatore", "Claudio Rossi", Role.FIRST_LEVEL, null, null);
	}

}
