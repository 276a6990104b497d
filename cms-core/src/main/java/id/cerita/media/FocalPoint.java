package id.cerita.media;

/**
 * The point of an image that every crop keeps in frame, as fractions of the (EXIF-oriented) width and height:
 * (0, 0) is the top left corner, (1, 1) the bottom right.
 */
public record FocalPoint(double x, double y) {

    public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

    public FocalPoint {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("a focal point lies within the image (0..1): " + x + ", " + y);
        }
    }

    /** The focal point of a click at pixel (px, py) on an image shown width × height. */
    public static FocalPoint ofClick(double px, double py, double width, double height) {
        return new FocalPoint(clamp(px / width), clamp(py / height));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
