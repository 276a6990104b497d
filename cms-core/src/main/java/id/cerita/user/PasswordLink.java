package id.cerita.user;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A one-time link to set a password: works once, until it expires. Only a SHA-256 hash of its secret is kept. */
@Table("password_link")
class PasswordLink {

    enum Purpose { RESET, WELCOME }

    @Id
    private final UUID id;
    private final String username;
    private final String tokenHash;
    private final Purpose purpose;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant expiresAt;
    private Instant usedAt;
    @Version
    private Long version;

    @PersistenceCreator
    PasswordLink(UUID id, String username, String tokenHash, Purpose purpose, Instant createdAt, String createdBy,
            Instant expiresAt, Instant usedAt, Long version) {
        this.id = id;
        this.username = username;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.version = version;
    }

    static PasswordLink issue(String username, String tokenHash, Purpose purpose, Instant now, Instant expiresAt,
            String by) {
        return new PasswordLink(UUID.randomUUID(), username, tokenHash, purpose, now, by, expiresAt, null, null);
    }

    PasswordLinkState stateAt(Instant now) {
        if (usedAt != null) {
            return PasswordLinkState.USED;
        }
        return expiresAt.isAfter(now) ? PasswordLinkState.VALID : PasswordLinkState.EXPIRED;
    }

    /** Guarded: only a valid link can be used, and only once. */
    void use(Instant now) {
        if (stateAt(now) != PasswordLinkState.VALID) {
            throw new IllegalStateException("link is " + stateAt(now));
        }
        usedAt = now;
    }

    UUID id() { return id; }
    String username() { return username; }
    Purpose purpose() { return purpose; }
    Instant expiresAt() { return expiresAt; }
}
