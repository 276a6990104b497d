package id.cerita.media;

import java.nio.file.Path;

/** One derivative file: {@code name} is {@code w640} for a width or the crop's name ({@code 16x9}). */
public record Derivative(String name, ImageFormat format, int width, int height, Path file) {

    public boolean isCrop() {
        return !name.startsWith("w");
    }
}
