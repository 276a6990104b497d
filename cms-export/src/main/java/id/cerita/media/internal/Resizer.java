package id.cerita.media.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import net.coobird.thumbnailator.Thumbnails;

/** Downscaling and cropping by Thumbnailator (progressive bilinear for large reductions). */
public final class Resizer {

    private Resizer() {
    }

    /** The picture {@code width} pixels wide (same ratio); the same image when it already is. */
    public static BufferedImage toWidth(BufferedImage src, int width) {
        if (width >= src.getWidth()) {
            return src;
        }
        int height = Math.max(1, (int) Math.round((double) src.getHeight() * width / src.getWidth()));
        try {
            return Thumbnails.of(src).forceSize(width, height).imageType(typeOf(src)).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region of the picture, scaled to {@code width} × {@code height}. */
    public static BufferedImage crop(BufferedImage src, Rectangle region, int width, int height) {
        try {
            return Thumbnails.of(src).sourceRegion(region).forceSize(width, height).imageType(typeOf(src)).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int typeOf(BufferedImage src) {
        return src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }
}
