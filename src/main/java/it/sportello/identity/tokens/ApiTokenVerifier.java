package it.sportello.identity.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.sportello.identity.StaffMember;
import it.sportello.identity.users.StaffUserChanged;
import it.sportello.identity.users.StaffUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token on every API request: one SHA-256 and, on a cache miss, one indexed look-up.
 * Verified tokens stay in memory for a short time (one minute by default); a revocation or a change
 * to the owner evicts them at once on this node, and other nodes forget them when the entry expires.
 */
@Component
public class ApiTokenVerifier {

	private final ApiTokens tokens;

	private final StaffUsers users;

	private final Clock clock;

	private final Duration lastUseInterval;

	private final Cache<String, CachedToken> verified;

	ApiTokenVerifier(ApiTokens tokens, StaffUsers users, Clock clock,
			@Value("${sportello.identity.tokens.cache-ttl:PT1M}") Duration cacheTtl,
			@Value("${sportello.identity.tokens.last-use-interval:PT1M}") Duration lastUseInterval) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.lastUseInterval = lastUseInterval;
		this.verified = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).build();
	}

	public Optional<VerifiedToken> verify(String token) {
		if (!TokenSecret.looksLikeToken(token)) {
			return Optional.empty();
		}
		String hash = TokenSecret.hash(token);
		CachedToken cached = verified.getIfPresent(hash);
		if (cached == null) {
			cached = load(hash);
			if (cached == null) {
				return Optional.empty();
			}
			verified.put(hash, cached);
		}
		recordUseIfDue(cached);
		return Optional.of(new VerifiedToken(cached.tokenId(), cached.owner()));
	}

	void forget(String tokenHash) {
		AfterCommit.run(() -> verified.invalidate(tokenHash));
	}

	@EventListener
	void on(StaffUserChanged changed) {
		// Rare (an administrator's action): dropping every entry is simpler than indexing them by user.
		AfterCommit.run(verified::invalidateAll);
	}

	private @Nullable CachedToken load(String hash) {
		return tokens.findByTokenHash(hash)
			.filter(ApiToken::isActive)
			.flatMap(token -> users.findById(token.userId())
				.filter(user -> user.isEnabled())
				.map(user -> new CachedToken(token.id(), user.toStaffMember(),
						new AtomicReference<>(token.lastUsedAt()))))
			.orElse(null);
	}

	/** Writes last_used_at at most once per interval and token, not on every request. */
	private void recordUseIfDue(CachedToken token) {
		Instant now = clock.instant();
		Instant notAfter = now.minus(lastUseInterval);
		Instant last = token.lastRecorded().get();
		if ((last == null || last.isBefore(notAfter)) && token.lastRecorded().compareAndSet(last, now)) {
			tokens.recordUse(token.tokenId(), now, notAfter);
		}
	}

	private record CachedToken(long tokenId, StaffMember owner, AtomicReference<@Nullable Instant> lastRecorded) {
	}

}
