package it.sportello.identity.security;

import java.util.Collection;
import java.util.List;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.identity.users.StaffUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated staff user as Spring Security keeps it (in the session for pages, per request
 * for the API). Plain fields rather than a {@link StaffMember}, so that it serializes into a session
 * store; templates can read {@code ${#authentication.principal.displayName}}.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String displayName;

	private final Role role;

	private final @Nullable String departmentCode;

	private final @Nullable String officeCode;

	private final boolean enabled;

	private @Nullable String passwordHash;

	StaffPrincipal(StaffMember member, @Nullable String passwordHash, boolean enabled) {
		this.username = member.username();
		this.displayName = member.displayName();
		this.role = member.role();
		this.departmentCode = member.departmentCode();
		this.officeCode = member.officeCode();
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	static StaffPrincipal of(StaffUser user) {
		return new StaffPrincipal(user.toStaffMember(), user.passwordHash(), user.isEnabled());
	}

	static StaffPrincipal of(StaffMember member) {
		return new StaffPrincipal(member, null, true);
	}

	public StaffMember staffMember() {
		return new StaffMember(username, displayName, role, departmentCode, officeCode);
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof StaffPrincipal principal && principal.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + ", " + role + "]";
	}

}
