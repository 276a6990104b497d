package id.cerita.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import id.cerita.media.ImageFormat;

/**
 * Writes pixels only: no EXIF, no GPS, no camera, no comment. JPEG by the JDK's writer, WebP by libwebp
 * (usefulness/webp-imageio, natives in the jar).
 */
public final class Encoder {

    private Encoder() {
    }

    public static boolean canWrite(ImageFormat format) {
        return ImageIO.getImageWritersByMIMEType(format.mediaType()).hasNext();
    }

    public static byte[] encode(BufferedImage image, ImageFormat format, float quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        encode(image, format, quality, out);
        return out.toByteArray();
    }

    public static void encode(BufferedImage image, ImageFormat format, float quality, OutputStream target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.mediaType());
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(target)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            BufferedImage pixels = image;
            switch (format) {
                case JPEG -> {
                    pixels = Rgb.opaque(image);
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(quality);
                    param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
                }
                case WEBP -> {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionType("Lossy");
                    param.setCompressionQuality(quality);
                }
                case PNG -> {
                }
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
