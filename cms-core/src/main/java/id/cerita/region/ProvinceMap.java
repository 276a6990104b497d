package id.cerita.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A choropleth of Indonesia's provinces drawn as inline SVG, from the outlines of the npm package
 * {@code @svg-maps/indonesia} (CC BY 4.0, by Bashir Arrohman; {@link #CREDIT}). Those outlines predate the 2022
 * division of Papua: the four newer provinces are shaded together with the one they were carved from (Papua Selatan,
 * Tengah and Pegunungan with Papua, Papua Barat Daya with Papua Barat), and each shape's title names them all. Pages
 * show the figures of all 38 provinces as a list beside it.
 */
public final class ProvinceMap {

    public static final String CREDIT = "Peta provinsi: @svg-maps/indonesia, Bashir Arrohman, CC BY 4.0";
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
    /** No figure, then four steps of ColorBrewer "Blues" (Apache-2.0), dark enough to tell apart from the sea. */
    static final List<String> SHADES = List.of("#e5e7eb", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

    /** The file's ISO 3166-2 shape ids with the Kemendagri codes of the provinces each shape stands for. */
    private static final Map<String, List<String>> PROVINCES_OF_SHAPE = Map.ofEntries(
            Map.entry("id-ac", List.of("11")), Map.entry("id-su", List.of("12")), Map.entry("id-sb", List.of("13")),
            Map.entry("id-ri", List.of("14")), Map.entry("id-ja", List.of("15")), Map.entry("id-ss", List.of("16")),
            Map.entry("id-be", List.of("17")), Map.entry("id-la", List.of("18")), Map.entry("id-bb", List.of("19")),
            Map.entry("id-kr", List.of("21")), Map.entry("id-jk", List.of("31")), Map.entry("id-jb", List.of("32")),
            Map.entry("id-jt", List.of("33")), Map.entry("id-yo", List.of("34")), Map.entry("id-ji", List.of("35")),
            Map.entry("id-bt", List.of("36")), Map.entry("id-ba", List.of("51")), Map.entry("id-nb", List.of("52")),
            Map.entry("id-nt", List.of("53")), Map.entry("id-kb", List.of("61")), Map.entry("id-kt", List.of("62")),
            Map.entry("id-ks", List.of("63")), Map.entry("id-ki", List.of("64")), Map.entry("id-ku", List.of("65")),
            Map.entry("id-sa", List.of("71")), Map.entry("id-st", List.of("72")), Map.entry("id-sn", List.of("73")),
            Map.entry("id-sg", List.of("74")), Map.entry("id-go", List.of("75")), Map.entry("id-sr", List.of("76")),
            Map.entry("id-ma", List.of("81")), Map.entry("id-mu", List.of("82")),
            Map.entry("id-pa", List.of("91", "93", "94", "95")), Map.entry("id-pb", List.of("92", "96")));

    private static final Pattern PATH = Pattern.compile("<path\\s+id=\"(id-[a-z]{2})\"[^>]*?\\sd=\"([^\"]+)\"",
            Pattern.DOTALL);
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]+)\"");

    private final String viewBox;
    private final Map<String, String> outlines;

    private ProvinceMap(String viewBox, Map<String, String> outlines) {
        this.viewBox = viewBox;
        this.outlines = outlines;
    }

    /** Reads the outlines from the classpath, where the build put them. */
    public static ProvinceMap load() {
        try (InputStream in = ProvinceMap.class.getResourceAsStream("/region/svg-maps-indonesia/indonesia.svg")) {
            if (in == null) {
                throw new IllegalStateException("region/svg-maps-indonesia/indonesia.svg is missing from the build");
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher box = VIEW_BOX.matcher(svg);
            Map<String, String> outlines = new LinkedHashMap<>();
            Matcher path = PATH.matcher(svg);
            while (path.find()) {
                outlines.put(path.group(1), path.group(2).replaceAll("\\s+", " "));
            }
            if (!box.find() || !outlines.keySet().equals(PROVINCES_OF_SHAPE.keySet())) {
                throw new IllegalStateException("unexpected province outlines: " + outlines.keySet());
            }
            return new ProvinceMap(box.group(1), outlines);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The map as an {@code <svg>} element: each shape shaded by the sum of its provinces' values, with a title such
     * as "Jambi: 2 cerita" from {@code describe}, which gets the province codes of the shape and their sum.
     *
     * @param name the accessible name of the whole map
     */
    public String svg(Map<String, Long> values, String name, ShapeTitle describe) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder out = new StringBuilder(140_000);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"province-map\" viewBox=\"").append(viewBox)
            .append("\" role=\"img\" aria-label=\"").append(escape(name)).append("\">");
        outlines.forEach((shape, d) -> {
            List<String> provinces = PROVINCES_OF_SHAPE.get(shape);
            long value = provinces.stream().mapToLong(code -> values.getOrDefault(code, 0L)).sum();
            out.append("<path data-province=\"").append(provinces.getFirst()).append("\" fill=\"")
                .append(shade(value, max)).append("\" stroke=\"#ffffff\" stroke-width=\"0.5\" d=\"").append(d)
                .append("\"><title>").append(escape(describe.title(provinces, value)))
                .append("</title></path>");
        });
        return out.append("</svg>").toString();
    }

    /** The legend's steps: each shade with the lowest and highest value it stands for. */
    public List<Step> legend(Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(SHADES.getFirst(), 0, 0));
        long from = 1;
        for (int i = 1; i < SHADES.size() && from <= max; i++) {
            long to = upper(i, max);
            if (to >= from) {
                steps.add(new Step(SHADES.get(i), from, to));
                from = to + 1;
            }
        }
        return steps;
    }

    static String shade(long value, long max) {
        if (value <= 0) {
            return SHADES.getFirst();
        }
        for (int i = 1; i < SHADES.size(); i++) {
            if (value <= upper(i, max)) {
                return SHADES.get(i);
            }
        }
        return SHADES.getLast();
    }

    private static long upper(int step, long max) {
        return (long) Math.ceil(max * step / (double) (SHADES.size() - 1));
    }

    /** One shade of the legend. */
    public record Step(String colour, long from, long to) {
    }

    /** The title of one shape, in the reader's language. */
    @FunctionalInterface
    public interface ShapeTitle {
        String title(List<String> provinceCodes, long value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
