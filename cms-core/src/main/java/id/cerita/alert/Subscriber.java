package id.cerita.alert;

import java.time.Instant;

/**
 * Where a journalist's alerts go; nothing is sent before {@code confirmedAt}, nor after {@code bouncedAt} until the
 * address is entered and confirmed again.
 */
public record Subscriber(String username, String email, Instant confirmedAt, Instant bouncedAt, String bounceReason) {

    public Subscriber(String username, String email, Instant confirmedAt) {
        this(username, email, confirmedAt, null, null);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean bouncing() {
        return bouncedAt != null;
    }

    /** Mail may go to this address. */
    public boolean reachable() {
        return confirmed() && !bouncing();
    }
}
