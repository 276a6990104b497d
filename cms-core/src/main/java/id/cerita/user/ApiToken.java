package id.cerita.user;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API token of a journalist or a machine client. Only a SHA-256 hash of the secret is kept; the secret
 * itself is shown once. Usable until it expires or is revoked.
 */
@Table("api_token")
public class ApiToken extends AbstractAggregateRoot<ApiToken> {

    @Id
    private final UUID id;
    private final String username;
    private final String name;
    private final String tokenHash;
    private final String prefix;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant revokedAt;
    private String revokedBy;
    private Instant lastUsedAt;
    private final String scopes;
    @Version
    private Long version;

    @PersistenceCreator
    ApiToken(UUID id, String username, String name, String tokenHash, String prefix, Instant createdAt,
            Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt, String scopes, Long version) {
        this.id = id;
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
        this.lastUsedAt = lastUsedAt;
        this.scopes = scopes;
        this.version = version;
    }

    static ApiToken issue(String username, String name, String tokenHash, String prefix, Instant now,
            Instant expiresAt, java.util.Set<TokenScope> scopes, String by) {
        ApiToken token = new ApiToken(UUID.randomUUID(), username, name, tokenHash, prefix, now, expiresAt, null, null,
                null, TokenScope.encode(scopes), null);
        token.registerEvent(new ApiTokenIssued(token.id, username, name, expiresAt, by));
        return token;
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
            registerEvent(new ApiTokenRevoked(id, username, by));
        }
    }


    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public UUID id() { return id; }
    public String username() { return username; }
    public String name() { return name; }
    String tokenHash() { return tokenHash; }
    public String prefix() { return prefix; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public java.util.Set<TokenScope> scopes() { return TokenScope.decode(scopes); }
    public Long version() { return version; }
}
