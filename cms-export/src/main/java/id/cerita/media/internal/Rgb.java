package id.cerita.media.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/** Brings decoded pictures into plain sRGB rasters that Java 2D scales fast and every encoder takes. */
public final class Rgb {

    private Rgb() {
    }

    /** The picture in sRGB, in TYPE_INT_RGB, TYPE_3BYTE_BGR or (with alpha) TYPE_INT_ARGB; converts ICC/grey/CMYK-derived colour. */
    public static BufferedImage normalise(BufferedImage src) {
        int type = src.getType();
        boolean srgb = src.getColorModel().getColorSpace().isCS_sRGB();
        boolean plain = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_ARGB;
        if (srgb && plain) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(),
                src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (srgb) {
            Graphics2D g = out.createGraphics();
            g.drawImage(src, 0, 0, null);
            g.dispose();
        } else {
            new ColorConvertOp(null).filter(src, out);
        }
        return out;
    }

    /** The picture without transparency, laid on white: what JPEG can hold. */
    public static BufferedImage opaque(BufferedImage src) {
        if (!src.getColorModel().hasAlpha()) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }
}
