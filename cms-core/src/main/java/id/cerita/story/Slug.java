package id.cerita.story;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import id.cerita.common.InvalidFieldException;

/** A readable, URL-safe name for a story: "kisah-vita-penata-rias-dari-gorontalo". */
public record Slug(String value) {

    static final int MAX_LENGTH = 80;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (value == null || value.length() > MAX_LENGTH + 4 || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("slug", "slug.format",
                    "Slug hanya boleh huruf kecil, angka dan tanda hubung, paling panjang " + MAX_LENGTH + " karakter: " + value,
                    MAX_LENGTH, value);
        }
    }

    /** Folds accents ("Café" becomes "cafe"), keeps letters and digits, cuts at a word boundary. */
    public static Slug of(String title) {
        String folded = MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 20 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return new Slug(slug.isEmpty() ? "cerita" : slug);
    }

    /** The n-th alternative when the slug is taken: "judul-2", "judul-3". */
    public Slug withSuffix(int n) {
        return new Slug(value + "-" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
