package it.sportello.identity.tokens;

import java.time.Clock;
import java.util.List;

import it.sportello.identity.users.StaffAccessEnded;
import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUsers;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff user's own API tokens: list, create (the secret is returned once), revoke. */
@Service
public class ApiTokenManagement {

	static final int MAX_ACTIVE_TOKENS = 20;

	private final ApiTokens tokens;

	private final StaffUsers users;

	private final Clock clock;

	private final ApiTokenVerifier verifier;

	ApiTokenManagement(ApiTokens tokens, StaffUsers users, Clock clock, ApiTokenVerifier verifier) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.verifier = verifier;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> activeTokens(String username) {
		return tokens.findAllByUserIdAndRevokedAtIsNullOrderByCreatedAt(user(username).id());
	}

	@Transactional
	public IssuedToken create(String username, String name) {
		if (name.isBlank()) {
			throw new InvalidInputException("name", "identity.token.name-required");
		}
		if (name.strip().length() > 80) {
			throw new InvalidInputException("name", "identity.validation.too-long");
		}
		StaffUser owner = user(username);
		// A bound on tokens keeps a leaked session from minting an unbounded number of credentials.
		if (tokens.findAllByUserIdAndRevokedAtIsNullOrderByCreatedAt(owner.id()).size() >= MAX_ACTIVE_TOKENS) {
			throw new InvalidInputException("name", "identity.token.too-many", MAX_ACTIVE_TOKENS);
		}
		TokenSecret secret = TokenSecret.generate();
		ApiToken token = tokens.save(new ApiToken(owner.id(), name, secret, clock.instant()));
		return new IssuedToken(token, secret);
	}

	/** Revokes one of the user's tokens; someone else's token is reported as not found. */
	@Transactional
	public void revoke(String username, long tokenId) {
		ApiToken token = tokens.findByIdAndUserId(tokenId, user(username).id())
			.filter(ApiToken::isActive)
			.orElseThrow(() -> new NotFoundException("identity.token.not-found"));
		token.revoke(clock.instant());
		verifier.forgetAll();
	}

	/** A disabled user or a reset password: every token of the user is revoked, in the same transaction. */
	@EventListener
	void on(StaffAccessEnded ended) {
		users.findByUsername(ended.username()).ifPresent(user -> tokens.revokeAllOf(user.id(), clock.instant()));
		verifier.forgetAll();
	}

	private StaffUser user(String username) {
		return users.findByUsername(StaffUser.normalizeUsername(username))
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", username));
	}

}
