package it.sportello.identity.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token; the principal is the token's owner. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final StaffPrincipal owner;

	private final long tokenId;

	ApiTokenAuthentication(StaffPrincipal owner, long tokenId) {
		super(owner.getAuthorities());
		this.owner = owner;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public StaffPrincipal getPrincipal() {
		return owner;
	}

	/** Never the secret: it is not kept after verification. */
	@Override
	public Object getCredentials() {
		return "";
	}

	long tokenId() {
		return tokenId;
	}

}
