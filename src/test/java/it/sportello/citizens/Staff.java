package it.sportello.citizens;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;

/** Staff members for tests (Object Mother). */
public final class Staff {

	private Staff() {
	}

	public static StaffMember firstLevelOperator() {
		return new StaffMember("operatore", "Claudio Operatore", Role.FIRST_LEVEL, null, null);
	}

}
