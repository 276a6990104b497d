package id.cerita.media;

/**
 * How a picture is decoded and what that costs in heap: the source subsampling (1 = every pixel), the size of the
 * decoded raster, and {@code bytes}, everything alive at the peak: the decoded raster at its real bytes per pixel,
 * its sRGB copy and upright copy (4 bytes per pixel each), and the buffers of the derivatives or of the encoder.
 */
public record DecodePlan(int subsampling, int width, int height, long bytes) {

    /** Above this many pixels a picture is decoded subsampled when its largest derivative needs fewer pixels. */
    static final long SUBSAMPLE_ABOVE = 24_000_000L;
    private static final long OVERHEAD = 8L * 1024 * 1024;
    /** Derivatives alive at once: the largest width kept for crops, the previous and next width, a crop, Thumbnailator's intermediate step. */
    private static final int DERIVATIVE_BUFFERS = 5;

    /** To make the derivatives: large inputs decoded subsampled, keeping both sides at least the largest derivative's. */
    public static DecodePlan forDerivatives(DeclaredImage image, DerivativeSettings settings) {
        int target = settings.largestDimension();
        int subsampling = image.pixels() > SUBSAMPLE_ABOVE
                ? Math.max(1, Math.min(image.width() / target, image.height() / target)) : 1;
        DecodePlan decode = decoding(image, subsampling);
        long largestDerivative = Math.min((long) decode.width * decode.height, (long) target * target);
        return new DecodePlan(subsampling, decode.width, decode.height, decode.bytes + DERIVATIVE_BUFFERS * largestDerivative * 4);
    }

    /** Full size (for the press), or the least subsampling that fits in {@code budgetBytes} when full size does not. */
    public static DecodePlan fullSizeWithin(DeclaredImage image, long budgetBytes) {
        DecodePlan plan = fullSize(image, 1);
        for (int s = 2; plan.bytes > budgetBytes && s <= 64; s++) {
            plan = fullSize(image, s);
        }
        return plan;
    }

    private static DecodePlan fullSize(DeclaredImage image, int subsampling) {
        DecodePlan decode = decoding(image, subsampling);
        long pixels = (long) decode.width * decode.height;
        // an opaque copy for JPEG (4 bytes per pixel) and the encoded JPEG with its metadata copy (≈ 2 × 1 byte per pixel)
        return new DecodePlan(subsampling, decode.width, decode.height, decode.bytes + pixels * 6);
    }

    private static DecodePlan decoding(DeclaredImage image, int subsampling) {
        int width = (image.width() + subsampling - 1) / subsampling;
        int height = (image.height() + subsampling - 1) / subsampling;
        long pixels = (long) width * height;
        long copies = image.orientation() > 1 ? 2 : 1;
        return new DecodePlan(subsampling, width, height,
                OVERHEAD + pixels * image.bytesPerPixel() + copies * pixels * 4);
    }
}
