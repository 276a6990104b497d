package id.cerita.media;

import java.time.Duration;

import id.cerita.common.LocalizedRefusal;

/** Imaging memory stayed taken by other work for longer than the wait: nothing was kept; retry after {@link #retryAfter()}. */
public final class ImagingBusy extends LocalizedRefusal {

    private final Duration retryAfter;

    /** {@code key} under {@code media.busy.}; the Indonesian {@code message} is the default text. */
    public ImagingBusy(String key, String message, Duration retryAfter, Object... arguments) {
        super("media.busy." + key, message, null, arguments);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
