package id.cerita.media.web;

import java.awt.Color;
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

/** Image files made in the test: a red-left/blue-right photo, and the bad files an upload must refuse. */
final class TestImages {

    private TestImages() {
    }

    static byte[] redLeftBlueRight(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(220, 20, 20));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(20, 20, 220));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    static byte[] svgWithScript() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A real, complete PNG of width × height pixels of one grey, written row by row without ever holding the
     * picture: a few hundred kilobytes that decode to width × height × 3 bytes.
     */
    static byte[] flatPng(int width, int height, int grey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 3];
        Arrays.fill(row, (byte) grey);
        row[0] = 0;
        try (var deflate = new java.util.zip.DeflaterOutputStream(idat,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** A tiny PNG declaring 50 000 × 50 000 pixels. */
    static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000).put((byte) 8).put((byte) 2).array();
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(type);
        out.writeBytes(ihdr);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(ihdr);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
