package id.cerita.media;

import java.awt.image.BufferedImage;

/**
 * An upload that passed every check. {@code image} is its decoded picture, already turned upright by its EXIF
 * orientation and in sRGB, so derivatives can be made without decoding the file again.
 * {@code width}/{@code height} are those of the upright original; {@code image} may be smaller when a large
 * original was decoded subsampled ({@link DecodePlan}) because no derivative needs all its pixels.
 */
public record AcceptedImage(ImageFormat format, int width, int height, int exifOrientation, BufferedImage image) {

    public long pixels() {
        return (long) width * height;
    }
}
