package id.cerita.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A picture on a story page: the default rendition and its responsive variants (JPEG, and WebP when made), its
 * focal-point crops, and the words that must go with it. Paths are site-relative ({@code /media/...}); alt text is
 * required. {@code files} are the derivative files the export copies to those paths.
 */
public record SiteImage(String src, int width, int height, String alt, String caption, String credit,
        List<Variant> variants, List<Variant> webpVariants, List<Crop> crops, List<SourceFile> files) {

    public SiteImage {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("An image on the site needs alt text: " + src);
        }
        variants = List.copyOf(variants);
        webpVariants = List.copyOf(webpVariants);
        crops = List.copyOf(crops);
        files = List.copyOf(files);
    }

    public SiteImage(String src, int width, int height, String alt, String caption, String credit,
            List<Variant> variants) {
        this(src, width, height, alt, caption, credit, variants, List.of(), List.of(), List.of());
    }

    /** One width of the same picture, for {@code srcset}. */
    public record Variant(String src, int width) {
    }

    /** A fixed-ratio crop around the focal point, named by its ratio ({@code 16x9}, {@code 4x3}, {@code 1x1}). */
    public record Crop(String name, String src, int width, int height) {
    }

    /** A file to copy into the site: {@code path} site-relative without the leading slash. */
    public record SourceFile(String path, Path source) {
    }

    /** The same picture with every path under the site's base path ("" or "/cerita"). */
    public SiteImage under(String basePath) {
        if (basePath.isEmpty()) {
            return this;
        }
        return new SiteImage(basePath + src, width, height, alt, caption, credit,
                variants.stream().map(v -> new Variant(basePath + v.src(), v.width())).toList(),
                webpVariants.stream().map(v -> new Variant(basePath + v.src(), v.width())).toList(),
                crops.stream().map(c -> new Crop(c.name(), basePath + c.src(), c.width(), c.height())).toList(), files);
    }

    public String srcset() {
        return srcset(variants);
    }

    public String webpSrcset() {
        return srcset(webpVariants);
    }

    public Optional<Crop> crop(String name) {
        return crops.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static String srcset(List<Variant> variants) {
        return String.join(", ", variants.stream().map(v -> v.src() + " " + v.width() + "w").toList());
    }
}
