package id.cerita.user;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A journalist asking for an account; pending until an administrator approves or declines it, once. */
@Table("account_request")
public class AccountRequest {

    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    private final UUID id;
    private final String name;
    private final String outlet;
    private final String email;
    private final String reason;
    private Status status;
    private final Instant createdAt;
    private Instant decidedAt;
    private String decidedBy;
    private String username;
    @Version
    private Long version;

    @PersistenceCreator
    AccountRequest(UUID id, String name, String outlet, String email, String reason, Status status,
            Instant createdAt, Instant decidedAt, String decidedBy, String username, Long version) {
        this.id = id;
        this.name = name;
        this.outlet = outlet;
        this.email = email;
        this.reason = reason;
        this.status = status;
        this.createdAt = createdAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.username = username;
        this.version = version;
    }

    static AccountRequest submit(String name, String outlet, String email, String reason, Instant now) {
        return new AccountRequest(UUID.randomUUID(), name, outlet, email, reason, Status.PENDING, now, null, null,
                null, null);
    }

    void approve(String account, String by, Instant now) {
        requirePending();
        status = Status.APPROVED;
        username = account;
        decidedBy = by;
        decidedAt = now;
    }

    void decline(String by, Instant now) {
        requirePending();
        status = Status.DECLINED;
        decidedBy = by;
        decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new id.cerita.common.InvalidFieldException("status", "account-request.decided",
                    "Permintaan ini sudah diputuskan");
        }
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String outlet() { return outlet; }
    public String email() { return email; }
    public String reason() { return reason; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String username() { return username; }
    public Long version() { return version; }
}
