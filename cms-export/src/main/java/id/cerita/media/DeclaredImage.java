package id.cerita.media;

/**
 * What an upload's header says, before any decoding: its type, its size in the file's own orientation, the EXIF
 * orientation that turns it upright, and the bytes per pixel of the raster it decodes into.
 */
public record DeclaredImage(ImageFormat format, int width, int height, int orientation, int bytesPerPixel) {

    public long pixels() {
        return (long) width * height;
    }

    public int uprightWidth() {
        return orientation >= 5 ? height : width;
    }

    public int uprightHeight() {
        return orientation >= 5 ? width : height;
    }
}
