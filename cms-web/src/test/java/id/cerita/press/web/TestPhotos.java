package id.cerita.press.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small real images for the press page's photos. */
final class TestPhotos {

    private TestPhotos() {
    }

    /** A JPEG of two coloured halves. */
    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB0, 0x3A, 0x2E));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
