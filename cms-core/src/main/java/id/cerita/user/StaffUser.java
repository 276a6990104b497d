package id.cerita.user;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who signs in to Cerita. The password is only ever kept as a hash. */
@Table("staff_user")
public class StaffUser {

    @Id
    private final UUID id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private String roles;
    private boolean enabled;
    private final Instant createdAt;
    private String preferredLanguage;
    @Version
    private Long version;

    @PersistenceCreator
    StaffUser(UUID id, String username, String displayName, String passwordHash, String roles, boolean enabled,
            Instant createdAt, String preferredLanguage, Long version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.preferredLanguage = preferredLanguage;
        this.version = version;
    }

    static StaffUser create(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        return new StaffUser(UUID.randomUUID(), username, displayName, passwordHash, encode(roles), true, now, null, null);
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles = encode(newRoles);
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** Guarded: disabling a disabled account (or enabling an enabled one) is a no-op the caller learns about. */
    boolean disable() {
        boolean changed = enabled;
        this.enabled = false;
        return changed;
    }

    boolean enable() {
        boolean changed = !enabled;
        this.enabled = true;
        return changed;
    }

    void describe(String newDisplayName, String language) {
        this.displayName = newDisplayName;
        this.preferredLanguage = language;
    }

    public Set<Role> roles() {
        return roles.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public UUID id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    /** "id", "en", or null when the person never chose. */
    public String preferredLanguage() { return preferredLanguage; }
    public Long version() { return version; }
}
