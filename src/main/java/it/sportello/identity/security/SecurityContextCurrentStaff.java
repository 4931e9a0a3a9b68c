package it.sportello.identity.security;

import java.util.Optional;

import it.sportello.identity.CurrentStaff;
import it.sportello.identity.StaffMember;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member of the current request, however it authenticated (session, Basic, token). */
@Component
class SecurityContextCurrentStaff implements CurrentStaff {

	@Override
	public StaffMember get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no authenticated staff member"));
	}

	@Override
	public Optional<StaffMember> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.staffMember());
		}
		return Optional.empty();
	}

}
