package it.sportello.identity.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens. */
interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Query("""
			select new it.sportello.identity.tokens.UsableToken(t.id, t.lastUsedAt, u)
			from ApiToken t join StaffUser u on u.id = t.userId
			where t.tokenHash = :hash and t.revokedAt is null and u.enabled = true""")
	Optional<UsableToken> findUsable(@Param("hash") String tokenHash);

	@Modifying
	@Query("update ApiToken t set t.revokedAt = :at where t.userId = :userId and t.revokedAt is null")
	int revokeAllOf(@Param("userId") Long userId, @Param("at") Instant at);

	List<ApiToken> findAllByUserIdAndRevokedAtIsNullOrderByCreatedAt(Long userId);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

	/**
	 * Records a use unless one was recorded after {@code notAfter}: the condition makes several
	 * application nodes write at most once per interval too.
	 */
	@Transactional
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notAfter)")
	int recordUse(@Param("id") Long id, @Param("now") Instant now, @Param("notAfter") Instant notAfter);

}
