package it.sportello.identity.bootstrap;

import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Creating the first administrator with the set-up code, while no user exists. */
@Service
public class FirstAdminSetup {

	private final SetupCode code;

	private final StaffUserManagement management;

	FirstAdminSetup(SetupCode code, StaffUserManagement management) {
		this.code = code;
		this.management = management;
	}

	public boolean isPossible() {
		if (code.isActive() && !management.noUserExists()) {
			// Someone else created users (another node, the API, a restore): the code is moot.
			code.invalidate();
		}
		return code.isActive();
	}

	/** Serialized on this node, so that two forms submitted together create one administrator. */
	public synchronized StaffUser complete(String setupCode, String username, String displayName, String password) {
		if (!code.matches(setupCode)) {
			throw new InvalidInputException("setupCode", "identity.setup.code-wrong");
		}
		StaffUser admin = management.createFirstAdmin(username, displayName, password);
		code.invalidate();
		return admin;
	}

}
