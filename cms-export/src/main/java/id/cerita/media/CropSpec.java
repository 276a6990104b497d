package id.cerita.media;

/** A fixed-ratio crop that keeps the focal point in frame, made at most {@code width} pixels wide. */
public record CropSpec(String name, int ratioWidth, int ratioHeight, int width) {

    public CropSpec {
        if (name == null || !name.matches("[a-z0-9x-]+") || ratioWidth < 1 || ratioHeight < 1 || width < 1) {
            throw new IllegalArgumentException("a crop has a file-safe name, a positive ratio and width");
        }
    }

    public static CropSpec of(int ratioWidth, int ratioHeight, int width) {
        return new CropSpec(ratioWidth + "x" + ratioHeight, ratioWidth, ratioHeight, width);
    }

    public int heightFor(int croppedWidth) {
        return Math.max(1, Math.round((float) croppedWidth * ratioHeight / ratioWidth));
    }
}
