package id.cerita.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Provinces and regencies as journalists write them ("NTT", "Sulteng", "Kab. Sigi", "Tanjabbar", "Lubuklinggau"):
 * the official names of the region data the core loads (idn-area-data), with and without "Kabupaten"/"Kab."/"Kota",
 * and the short forms of the maintained list {@code search/place-names.txt}. Applied to the query, never to the
 * index, so a new alias needs no reindex.
 */
final class PlaceNames {

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int LONGEST = 6;
    private static final PlaceNames STANDARD = fromClasspath();

    /** Folded word sequence ("kab sigi") to the region codes it names (a name both a regency and a city carry: both). */
    private final Map<String, Set<String>> codesByName;

    PlaceNames(Map<String, Set<String>> codesByName) {
        this.codesByName = Map.copyOf(codesByName);
    }

    /** The names the application ships: loaded once per JVM. */
    static PlaceNames standard() {
        return STANDARD;
    }

    /** A place the query names, its words as typed and the region codes it stands for. */
    record Place(String words, Set<String> codes) {

        List<String> provinceCodes() {
            return codes.stream().filter(c -> !c.contains(".")).toList();
        }

        List<String> regencyCodes() {
            return codes.stream().filter(c -> c.contains(".")).toList();
        }
    }

    /** A query split into the places it names and the other words, in their order. */
    record Parsed(String rest, List<Place> places) {

        boolean hasRest() {
            return !rest.isBlank();
        }
    }

    /** The codes a name stands for, or none ("NTT" -> 53). */
    Set<String> codes(String name) {
        return codesByName.getOrDefault(String.join(" ", words(name)), Set.of());
    }

    /** Longest names first, left to right: "Papua Barat Daya" is one place, not Papua plus two words. */
    Parsed parse(String text) {
        String[] raw = WORD_SPLIT.split(text.strip());
        List<String> typed = Arrays.stream(raw).filter(w -> !w.isEmpty()).toList();
        List<String> folded = typed.stream().map(PlaceNames::fold).toList();
        List<Place> places = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            int matched = 0;
            for (int n = Math.min(LONGEST, folded.size() - i); n > 0 && matched == 0; n--) {
                Set<String> codes = codesByName.get(String.join(" ", folded.subList(i, i + n)));
                if (codes != null) {
                    places.add(new Place(String.join(" ", typed.subList(i, i + n)), codes));
                    matched = n;
                }
            }
            if (matched == 0) {
                rest.add(typed.get(i));
                i++;
            } else {
                i += matched;
            }
        }
        return new Parsed(String.join(" ", rest), List.copyOf(places));
    }

    static PlaceNames fromClasspath() {
        Map<String, Set<String>> names = new HashMap<>();
        for (String[] row : csv("region/idn-area-data/provinces.csv")) {
            add(names, row[1], row[0]);
            if (row[1].startsWith("Kepulauan ")) {
                add(names, "Kep. " + row[1].substring("Kepulauan ".length()), row[0]);
            }
            add(names, "Provinsi " + row[1], row[0]);
        }
        for (String[] row : csv("region/idn-area-data/regencies.csv")) {
            String code = row[0];
            String name = row[2];
            add(names, name, code);
            boolean city = name.startsWith("Kota ");
            String bare = name.replaceFirst("^(Kabupaten|Kota)( Administrasi)? ", "");
            add(names, bare, code);
            if (city) {
                add(names, "Kota " + bare, code);
            } else {
                add(names, "Kab. " + bare, code);
                add(names, "Kabupaten " + bare, code);
            }
            if (bare.startsWith("Kepulauan ")) {
                add(names, "Kep. " + bare.substring("Kepulauan ".length()), code);
            }
            if (bare.contains(" ")) {
                // "Lubuk Linggau" is as often written "Lubuklinggau"
                add(names, bare.replace(" ", ""), code);
            }
        }
        for (String line : lines("search/place-names.txt")) {
            String[] parts = line.split("\\|");
            for (int p = 1; p < parts.length; p++) {
                add(names, parts[p], parts[0].strip());
            }
        }
        return new PlaceNames(names);
    }

    private static void add(Map<String, Set<String>> names, String name, String code) {
        String key = String.join(" ", words(name));
        if (!key.isEmpty()) {
            names.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
    }

    static List<String> words(String text) {
        return Arrays.stream(WORD_SPLIT.split(text.strip())).filter(w -> !w.isEmpty()).map(PlaceNames::fold).toList();
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A line of the region CSVs: no field of them holds a comma or a quote. */
    private static List<String[]> csv(String resource) {
        return lines(resource).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PlaceNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
