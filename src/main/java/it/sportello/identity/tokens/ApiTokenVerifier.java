package it.sportello.identity.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import it.sportello.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token on every API request: one SHA-256 and one indexed look-up of the token with its
 * owner. Nothing is kept in memory between requests, so a revoked token or a disabled owner is refused at
 * once on every node.
 */
@Component
public class ApiTokenVerifier {

	private final ApiTokens tokens;

	private final Clock clock;

	private final IdentityProperties.Tokens settings;

	ApiTokenVerifier(ApiTokens tokens, Clock clock, IdentityProperties properties) {
		this.tokens = tokens;
		this.clock = clock;
		this.settings = properties.tokens();
	}

	public Optional<VerifiedToken> verify(String token) {
		if (!TokenSecret.looksLikeToken(token)) {
			return Optional.empty();
		}
		return tokens.findUsable(TokenSecret.hash(token)).map(usable -> {
			recordUseIfDue(usable);
			return new VerifiedToken(usable.tokenId(), usable.owner().toStaffMember());
		});
	}

	/** Writes last_used_at at most once per interval and token, not on every request. */
	private void recordUseIfDue(UsableToken token) {
		Instant now = clock.instant();
		Instant notAfter = now.minus(settings.lastUseInterval());
		Instant last = token.lastUsedAt();
		if (last == null || last.isBefore(notAfter)) {
			tokens.recordUse(token.tokenId(), now, notAfter);
		}
	}

}
