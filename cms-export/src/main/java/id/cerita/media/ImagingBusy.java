package id.cerita.media;

import java.time.Duration;

/** Imaging memory stayed taken by other work for longer than the wait: nothing was kept; retry after {@link #retryAfter()}. */
public final class ImagingBusy extends RuntimeException {

    private final Duration retryAfter;

    public ImagingBusy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
