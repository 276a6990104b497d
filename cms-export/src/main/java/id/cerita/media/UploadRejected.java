package id.cerita.media;

import id.cerita.common.LocalizedRefusal;

/**
 * An upload that is not accepted, and why; nothing of it is kept. The message key ({@code media.upload.refused.<key>})
 * and its arguments let the web layer say it in the editor's language; the Indonesian text is the default message.
 */
public final class UploadRejected extends LocalizedRefusal {

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

    public UploadRejected(Reason reason, String key, String message, Object... arguments) {
        this(reason, key, null, message, arguments);
    }

    public UploadRejected(Reason reason, String key, Throwable cause, String message, Object... arguments) {
        super("media.upload.refused." + key, message, cause, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
