package id.cerita.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A URL-safe name made from a title, for reference data ("Lembaga Kursus Café" becomes "lembaga-kursus-cafe"). */
public record SlugText(String value) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    public static SlugText of(String text, int maxLength, String fallback) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return new SlugText(slug.isEmpty() ? fallback : slug);
    }

    /** The n-th alternative when the slug is taken: "nama-2", "nama-3". */
    public SlugText withSuffix(int n) {
        return new SlugText(value + "-" + n);
    }
}
