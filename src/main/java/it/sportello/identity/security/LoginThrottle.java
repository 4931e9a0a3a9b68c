package it.sportello.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address and locks either for a while once
 * it has failed too often within the window (5 per user, 50 per address, in 15 minutes; locked for
 * 15 minutes by default). The address limit is higher because a whole office may share one address.
 * <p>
 * State is in memory (bounded Caffeine caches): a restart forgets it, and with several nodes each
 * counts on its own, so an attacker gets at most the limit times the number of nodes.
 */
@Component
public class LoginThrottle {

	private final Clock clock;

	private final int maxPerUser;

	private final int maxPerAddress;

	private final Duration window;

	private final Duration lockout;

	private final Cache<String, Failures> byUser;

	private final Cache<String, Failures> byAddress;

	LoginThrottle(Clock clock, @Value("${sportello.identity.login.max-failures-per-user:5}") int maxPerUser,
			@Value("${sportello.identity.login.max-failures-per-address:50}") int maxPerAddress,
			@Value("${sportello.identity.login.window:PT15M}") Duration window,
			@Value("${sportello.identity.login.lockout:PT15M}") Duration lockout) {
		this.clock = clock;
		this.maxPerUser = maxPerUser;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
		this.lockout = lockout;
		this.byUser = cache();
		this.byAddress = cache();
	}

	private Cache<String, Failures> cache() {
		// Bounded, so that trying millions of user names cannot exhaust memory.
		return Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window.plus(lockout)).build();
	}

	/** How long the user name or the address is still locked, if it is. */
	public Optional<Duration> lockRemaining(String username, @Nullable String address) {
		Instant now = clock.instant();
		Duration user = remaining(byUser.getIfPresent(key(username)), now);
		Duration client = address == null ? Duration.ZERO : remaining(byAddress.getIfPresent(address), now);
		Duration longest = user.compareTo(client) >= 0 ? user : client;
		return !longest.isZero() && !longest.isNegative() ? Optional.of(longest) : Optional.empty();
	}

	public void failed(String username, @Nullable String address) {
		Instant now = clock.instant();
		byUser.asMap().compute(key(username), (key, failures) -> next(failures, now, maxPerUser));
		if (address != null) {
			byAddress.asMap().compute(address, (key, failures) -> next(failures, now, maxPerAddress));
		}
	}

	/** A correct password clears the user's count (not the address's: one valid account must not unlock guessing). */
	public void succeeded(String username) {
		byUser.invalidate(key(username));
	}

	private Failures next(@Nullable Failures failures, Instant now, int max) {
		Failures current = failures == null || failures.windowStart().plus(window).isBefore(now)
				? new Failures(0, now, null) : failures;
		int count = current.count() + 1;
		Instant lockedUntil = count >= max ? now.plus(lockout) : current.lockedUntil();
		return new Failures(count, current.windowStart(), lockedUntil);
	}

	private static Duration remaining(@Nullable Failures failures, Instant now) {
		if (failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, failures.lockedUntil());
	}

	private static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant windowStart, @Nullable Instant lockedUntil) {
	}

}
