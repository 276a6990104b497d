package id.cerita.media;

import org.springframework.context.MessageSourceResolvable;

/**
 * An upload that is not accepted, and why; nothing of it is kept. The message key ({@code media.upload.refused.<key>})
 * and its arguments let the web layer say it in the editor's language; the Indonesian text is the default message.
 */
public final class UploadRejected extends RuntimeException implements MessageSourceResolvable {

    /** Why an upload is refused. The web layer maps each to a 4xx status. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY,
        /** Over {@link UploadLimits#maxBytes()}. */
        TOO_LARGE,
        /** The header declares more than {@link UploadLimits#maxPixels()}: a decompression bomb or an absurd photo. */
        TOO_MANY_PIXELS,
        /** SVG can carry script: never accepted. */
        SVG_REFUSED,
        /** HEIC/HEIF (iPhone default): no well-kept Java decoder exists, so the editor converts it first. */
        HEIC_CONVERT_FIRST,
        /** Bytes of a format Cerita does not take (GIF, TIFF, PDF, …) or of nothing known. */
        UNSUPPORTED_TYPE,
        /** The bytes are a different image type than the one claimed. */
        TYPE_MISMATCH,
        /** Truncated or damaged: the header or the picture cannot be read completely. */
        CORRUPT
    }

    private final Reason reason;
    private final String key;
    private final transient Object[] arguments;

    public UploadRejected(Reason reason, String key, String message, Object... arguments) {
        this(reason, key, null, message, arguments);
    }

    public UploadRejected(Reason reason, String key, Throwable cause, String message, Object... arguments) {
        super(message, cause);
        this.reason = reason;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String[] getCodes() {
        return new String[] { "media.upload.refused." + key };
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
