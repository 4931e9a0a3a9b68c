package it.sportello.identity.security;

import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUsers;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff users for form login and HTTP Basic, and stores a stronger hash when the encoder asks
 * for one (e.g. demo users, hashed cheaply at start-up, get the normal cost at their first login).
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final StaffUsers users;

	StaffUserDetailsService(StaffUsers users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(StaffUser.normalizeUsername(username))
			.map(StaffPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		StaffUser staffUser = users.findByUsername(user.getUsername())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		staffUser.changePassword(newPassword);
		return StaffPrincipal.of(staffUser);
	}

}
