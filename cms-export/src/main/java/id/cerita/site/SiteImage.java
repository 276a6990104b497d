package id.cerita.site;

import java.util.List;

/**
 * A picture on a story page: the default rendition and its responsive variants, with the words that must go with it.
 * Paths are site-relative ({@code /media/...}); alt text is required.
 */
public record SiteImage(String src, int width, int height, String alt, String caption, String credit,
        List<Variant> variants) {

    public SiteImage {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("An image on the site needs alt text: " + src);
        }
        variants = List.copyOf(variants);
    }

    /** One width of the same picture, for {@code srcset}. */
    public record Variant(String src, int width) {
    }

    public String srcset() {
        return String.join(", ", variants.stream().map(v -> v.src() + " " + v.width() + "w").toList());
    }
}
