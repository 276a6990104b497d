package id.cerita.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a story beside its text (and its photos), as a revision keeps them: named values ("region" → "Kota Gorontalo,
 * Gorontalo"), stored one {@code key<TAB>value} line each, in a fixed order.
 */
public record RevisionFacts(Map<String, String> values) {

    /** The keys, in the order a comparison lists them. */
    public static final List<String> KEYS = List.of("alumnus", "region", "gathering", "courses", "themes", "quotes",
            "outcomes", "sources", "photos");

    public RevisionFacts {
        values = Map.copyOf(values);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (String key : KEYS) {
            String value = values.getOrDefault(key, "");
            text.append(key).append('\t').append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        return text.toString();
    }

    public static RevisionFacts parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    values.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
        }
        return new RevisionFacts(values);
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** Field by field, only those that changed. */
    List<FieldDiff> compareWith(RevisionFacts newer) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (String key : KEYS) {
            if (!get(key).equals(newer.get(key))) {
                diffs.add(new FieldDiff(key, WordDiff.between(get(key), newer.get(key))));
            }
        }
        return diffs;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One changed field between two revisions. */
    public record FieldDiff(String field, WordDiff diff) {
    }
}
