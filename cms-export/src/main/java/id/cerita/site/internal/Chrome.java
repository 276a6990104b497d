package id.cerita.site.internal;

import java.util.Map;

/**
 * What the frame of every page shows, whatever the page: the site's name, the path it lives under, the page's
 * language and the site's own words in it, and whether the visitors' search is on. Templates read it as {@code site}.
 */
public record Chrome(String title, String base, String lang, Map<String, String> labels, boolean visitorsSearch) {

    /** A word of the site's interface in the page's language ({@link Labels}); a missing key is a template's bug. */
    public String t(String key) {
        String label = labels.get(key);
        if (label == null) {
            throw new IllegalArgumentException("no site label " + key);
        }
        return label;
    }
}
