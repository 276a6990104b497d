package id.cerita.media;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import id.cerita.media.internal.Encoder;

/**
 * Which derivatives to make of every image: widths for {@code srcset} (never upscaled), focal-point crops, the
 * formats each is written in, and their qualities. Derivatives are cached under {@link #fingerprint()}, so changing
 * any of these makes new ones.
 */
public record DerivativeSettings(List<Integer> widths, List<CropSpec> crops, List<ImageFormat> formats,
                                 float jpegQuality, float webpQuality) {

    public DerivativeSettings {
        widths = widths.stream().sorted(Comparator.reverseOrder()).distinct().toList();
        crops = List.copyOf(crops);
        formats = List.copyOf(formats);
        if (widths.isEmpty() || widths.getLast() < 1 || formats.isEmpty() || formats.contains(ImageFormat.PNG)) {
            throw new IllegalArgumentException("derivatives need positive widths and JPEG and/or WebP");
        }
    }

    /**
     * 320–1920 px wide, 16:9 / 4:3 / 1:1 crops at least 1200 px wide (what search engines ask of an article's
     * images) and a 640 px 4:3 crop for listing cards, JPEG and (when a WebP writer is on the class path) WebP.
     */
    public static DerivativeSettings standard() {
        List<ImageFormat> formats = Encoder.canWrite(ImageFormat.WEBP)
                ? List.of(ImageFormat.JPEG, ImageFormat.WEBP) : List.of(ImageFormat.JPEG);
        return new DerivativeSettings(List.of(320, 640, 960, 1280, 1920),
                List.of(CropSpec.of(16, 9, 1280), CropSpec.of(4, 3, 1200), CropSpec.of(1, 1, 1200),
                        new CropSpec("card", 4, 3, 640)),
                formats, 0.82f, 0.80f);
    }

    public int largestWidth() {
        return widths.getFirst();
    }

    /** The most pixels any derivative needs along either side: a larger original can be decoded subsampled. */
    public int largestDimension() {
        int largest = largestWidth();
        for (CropSpec crop : crops) {
            largest = Math.max(largest, Math.max(crop.width(), crop.heightFor(crop.width())));
        }
        return largest;
    }

    public float qualityOf(ImageFormat format) {
        return format == ImageFormat.WEBP ? webpQuality : jpegQuality;
    }

    /** 12 hex digits that change whenever any setting (or the derivative algorithm's version) does. */
    public String fingerprint() {
        byte[] digest = ContentHash.of(("v1 " + this).getBytes(StandardCharsets.UTF_8)).hex().getBytes(StandardCharsets.US_ASCII);
        return new String(digest, 0, 12, StandardCharsets.US_ASCII);
    }

}
