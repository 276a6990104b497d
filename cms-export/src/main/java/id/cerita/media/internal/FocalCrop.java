package id.cerita.media.internal;

import java.awt.Rectangle;

import id.cerita.media.FocalPoint;

/**
 * The largest region of a picture with the given ratio, placed as centred on the focal point as the picture's edges
 * allow. The focal point is always inside it.
 */
public final class FocalCrop {

    private FocalCrop() {
    }

    public static Rectangle region(int width, int height, int ratioWidth, int ratioHeight, FocalPoint focus) {
        int cropWidth;
        int cropHeight;
        if ((long) width * ratioHeight > (long) height * ratioWidth) {
            cropHeight = height;
            cropWidth = Math.max(1, Math.min(width, (int) Math.round((double) height * ratioWidth / ratioHeight)));
        } else {
            cropWidth = width;
            cropHeight = Math.max(1, Math.min(height, (int) Math.round((double) width * ratioHeight / ratioWidth)));
        }
        int x = clamp((int) Math.round(focus.x() * width - cropWidth / 2.0), width - cropWidth);
        int y = clamp((int) Math.round(focus.y() * height - cropHeight / 2.0), height - cropHeight);
        return new Rectangle(x, y, cropWidth, cropHeight);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
