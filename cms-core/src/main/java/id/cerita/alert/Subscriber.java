package id.cerita.alert;

import java.time.Instant;

/** Where a journalist's alerts go; nothing is sent before {@code confirmedAt}. */
public record Subscriber(String username, String email, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
