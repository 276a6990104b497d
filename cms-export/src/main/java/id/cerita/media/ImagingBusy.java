package id.cerita.media;

import org.springframework.context.MessageSourceResolvable;

import java.time.Duration;

/** Imaging memory stayed taken by other work for longer than the wait: nothing was kept; retry after {@link #retryAfter()}. */
public final class ImagingBusy extends RuntimeException implements MessageSourceResolvable {

    private final Duration retryAfter;
    private final String key;
    private final transient Object[] arguments;

    /** {@code key} under {@code media.busy.}; the Indonesian {@code message} is the default text. */
    public ImagingBusy(String key, String message, Duration retryAfter, Object... arguments) {
        super(message);
        this.retryAfter = retryAfter;
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] { "media.busy." + key };
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
