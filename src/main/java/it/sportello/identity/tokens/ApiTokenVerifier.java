package it.sportello.identity.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.sportello.identity.IdentityProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks a bearer token on every API request: one SHA-256 and one indexed look-up of the token with its owner,
 * trusted for {@code sportello.identity.tokens.verified-for} (5 s) so that a client's burst of requests costs one
 * look-up. A revocation or a disabled owner is refused at once on the node where it happens, and on the others
 * within that time.
 */
@Component
public class ApiTokenVerifier {

	private final ApiTokens tokens;

	private final Clock clock;

	private final IdentityProperties.Tokens settings;

	/**
	 * Tokens verified in the last {@code sportello.identity.tokens.verified-for}, by hash, so that a client's burst of
	 * requests costs one query. Emptied after every revocation and every end of a user's access committed on this
	 * node; another node's revocation counts here once the entry is older than that.
	 */
	private final Cache<String, Verified> verified;

	ApiTokenVerifier(ApiTokens tokens, Clock clock, IdentityProperties properties) {
		this.tokens = tokens;
		this.clock = clock;
		this.settings = properties.tokens();
		this.verified = Caffeine.newBuilder().expireAfterWrite(settings.verifiedFor()).maximumSize(10_000).build();
	}

	private record Verified(VerifiedToken token, AtomicReference<@Nullable Instant> lastUsedAt) {
	}

	public Optional<VerifiedToken> verify(String token) {
		if (!TokenSecret.looksLikeToken(token)) {
			return Optional.empty();
		}
		String hash = TokenSecret.hash(token);
		Verified known = verified.getIfPresent(hash);
		if (known == null) {
			Optional<UsableToken> usable = tokens.findUsable(hash);
			if (usable.isEmpty()) {
				return Optional.empty();
			}
			known = new Verified(new VerifiedToken(usable.get().tokenId(), usable.get().owner().toStaffMember()),
					new AtomicReference<>(usable.get().lastUsedAt()));
			verified.put(hash, known);
		}
		recordUseIfDue(known);
		return Optional.of(known.token());
	}

	/** Forgets every verified token, now and again when the current transaction commits. */
	void forgetAll() {
		verified.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					verified.invalidateAll();
				}
			});
		}
	}

	/** Writes last_used_at at most once per interval and token, not on every request. */
	private void recordUseIfDue(Verified token) {
		Instant now = clock.instant();
		Instant notAfter = now.minus(settings.lastUseInterval());
		Instant last = token.lastUsedAt().get();
		if ((last == null || last.isBefore(notAfter)) && token.lastUsedAt().compareAndSet(last, now)) {
			tokens.recordUse(token.token().tokenId(), now, notAfter);
		}
	}

}
