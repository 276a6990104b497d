package id.cerita.alert;

import java.time.Instant;
import java.util.UUID;

/** A journalist follows one value of one kind; {@code label} is its name as the press room showed it. */
public record Follow(UUID id, String username, FollowKind kind, String value, String label, Cadence cadence,
        Instant createdAt) {
}
