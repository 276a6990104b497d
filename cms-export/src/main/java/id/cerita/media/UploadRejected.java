package id.cerita.media;

/** An upload that is not accepted, and why; nothing of it is kept. */
public final class UploadRejected extends RuntimeException {

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

    public UploadRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UploadRejected(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
