package id.cerita.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

    /**
     * Notes a use without the aggregate's version: many requests with one token at once (a newsroom's script) must
     * not conflict over it, and a revocation saved meanwhile must not be undone by it.
     */
    @Modifying
    @Query("UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)")
    int noteUse(UUID id, Instant now, Instant before);
}
