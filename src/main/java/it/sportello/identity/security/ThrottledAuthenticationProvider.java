package it.sportello.identity.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication (form login and HTTP Basic alike) behind the {@link LoginThrottle}: the attempt is
 * counted before the password is checked, and a refused one is not checked at all, so guessing stops.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		LoginThrottle.Ticket ticket = throttle.begin(authentication.getName(), address);
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (RuntimeException ex) {
			// A wrong password, an unknown or a disabled account count as failures; a failure of ours does not.
			if (!(ex instanceof AuthenticationException) || ex instanceof InternalAuthenticationServiceException) {
				throttle.undecided(ticket);
			}
			throw ex;
		}
		throttle.succeeded(ticket);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
