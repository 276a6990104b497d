package id.cerita.media;

/**
 * What an upload may be: at most {@code maxBytes} long and at most {@code maxPixels} pixels as its header declares
 * (a decompression bomb is a small file declaring a huge picture; it is refused before any decoding).
 */
public record UploadLimits(long maxBytes, long maxPixels) {

    public static final UploadLimits DEFAULTS = new UploadLimits(30L * 1024 * 1024, 100_000_000L);

    public UploadLimits {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits are positive");
        }
    }
}
