package it.sportello.identity;

import java.util.Optional;

/** The staff member of the current request (form session, HTTP Basic or API token). */
public interface CurrentStaff {

	/** The authenticated staff member; throws if the request is not authenticated. */
	StaffMember get();

	Optional<StaffMember> find();

}
