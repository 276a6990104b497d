package id.cerita.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Case- and accent-blind "contains", for search-as-you-type lists of reference data. */
public final class LookupText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LookupText() {
    }

    public static Predicate<String> matcher(String query) {
        String needle = fold(query);
        return text -> needle.isEmpty() || (text != null && fold(text).contains(needle));
    }

    public static String fold(String text) {
        return text == null ? "" : MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFKD))
            .replaceAll("").toLowerCase(Locale.ROOT);
    }
}
