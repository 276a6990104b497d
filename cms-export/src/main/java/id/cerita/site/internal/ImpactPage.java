package id.cerita.site.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.cerita.impact.ImpactBreakdown;
import id.cerita.impact.ImpactDimension;
import id.cerita.impact.ImpactFigures;
import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactRow;
import id.cerita.impact.ImpactTally;
import id.cerita.impact.ProvinceFigures;
import id.cerita.region.ProvinceMap;
import id.cerita.region.Region;
import id.cerita.site.SiteFormats;
import id.cerita.site.SiteInput;
import id.cerita.story.Language;

/**
 * The site's Impact page ({@code /dampak/}), in Indonesian like the other index pages: the figures of
 * {@link ImpactTally} (website consent, three people at least) as Apache ECharts bars, each followed by its table, and
 * the province maps followed by the list of provinces. Every group links to its listing of stories.
 */
final class ImpactPage {

    static final String URL = "/dampak/";
    private static final ProvinceMap MAP = ProvinceMap.load();
    private static final String HIDDEN = "—";

    /** One breakdown as the template shows it. */
    record Section(String id, String heading, String dimension, String chart, List<Row> rows, String hiddenNote) {
    }

    /** One group's cells, formatted. */
    record Row(String label, String url, List<String> cells) {
    }

    /** A map with its legend and caption. */
    record DrawnMap(String caption, String svg, List<ProvinceMap.Step> legend) {
    }

    private ImpactPage() {
    }

    static ImpactOverview overview(SiteInput input, ZoneId zone) {
        if (input.impact() != null) {
            return input.impact();
        }
        Map<String, Region> provinces = new LinkedHashMap<>();
        input.stories().forEach(s -> provinces.putIfAbsent(s.province().code(), s.province()));
        return ImpactOverview.of(input.stories(), provinces.values().stream()
            .sorted(Comparator.comparing(Region::code)).toList(), Map.of(), zone);
    }

    static Map<String, Object> model(ImpactOverview overview, SiteInput input) {
        String base = input.basePath();
        ImpactFigures overall = overview.report().overall();
        Map<String, Object> model = new HashMap<>();
        model.put("siteTitle", input.title());
        model.put("baseUrl", input.baseUrl());
        model.put("base", base);
        model.put("canonical", input.baseUrl() + URL);
        model.put("minimum", ImpactTally.MINIMUM_PEOPLE);
        model.put("overall", overall.shown() ? cells(overall) : null);
        model.put("people", overall.people());
        model.put("revenueChart", overall.revenueReported() == null ? null : chart(
                List.of("Sebelum pelatihan", "Sesudah pelatihan"),
                List.of(overall.revenueBeforeMedian(), overall.revenueAfterMedian()), true));
        List<Section> sections = new ArrayList<>();
        for (ImpactBreakdown b : overview.report().breakdowns()) {
            Taxon.Kind kind = Taxon.Kind.valueOf(b.dimension().name());
            List<Row> rows = b.rows().stream()
                .map(r -> new Row(label(b.dimension(), r), base + kind.url() + r.key() + "/", cells(r.figures())))
                .toList();
            String dimension = dimension(b.dimension());
            sections.add(new Section("per-" + kind.dir, "Per " + dimension.toLowerCase(Language.ID.locale()),
                    dimension, rows.isEmpty() ? null : chart(rows.stream().map(Row::label).toList(),
                            b.rows().stream().map(r -> (Number) r.figures().people()).toList(), false), rows,
                    b.hiddenGroups() == 0 ? null : b.hiddenGroups() + " kelompok dengan kurang dari "
                            + ImpactTally.MINIMUM_PEOPLE + " alumni tidak ditampilkan."));
        }
        model.put("sections", sections);
        Map<String, String> names = overview.provinces().stream()
            .collect(Collectors.toMap(ProvinceFigures::code, ProvinceFigures::name));
        model.put("maps", List.of(
                map("Cerita terbit per provinsi", overview.storiesPerProvince(), names, "cerita"),
                map("Liputan media per provinsi", overview.clipsPerProvince(), names, "liputan")));
        model.put("provinces", overview.provinces());
        model.put("mapCredit", ProvinceMap.CREDIT);
        model.put("mapLicense", ProvinceMap.LICENSE_URL);
        model.put("description", "Dampak program dalam angka: alumni yang membuka usaha, mendapat pekerjaan dan "
                + "beralih profesi, per provinsi, pelatihan, lembaga, gelombang dan tahun.");
        return model;
    }

    /** What the page's fingerprint depends on: every figure, label and count it shows. */
    static String digest(ImpactOverview overview) {
        return overview.toString();
    }

    private static DrawnMap map(String caption, Map<String, Long> values, Map<String, String> names, String unit) {
        String svg = MAP.svg(values, caption, (codes, value) -> codes.stream().map(c -> names.getOrDefault(c, c))
            .collect(Collectors.joining(", ")) + ": " + SiteFormats.number(value, Language.ID) + " " + unit);
        return new DrawnMap(caption, svg, MAP.legend(values));
    }

    private static String dimension(ImpactDimension dimension) {
        return switch (dimension) {
            case PROVINCE -> "Provinsi";
            case COURSE -> "Pelatihan";
            case PROVIDER -> "Lembaga pelatihan";
            case COHORT -> "Gelombang";
            case YEAR -> "Tahun terbit";
        };
    }

    private static String label(ImpactDimension dimension, ImpactRow row) {
        return dimension == ImpactDimension.COHORT ? "Gelombang " + row.label() : row.label();
    }

    private static List<String> cells(ImpactFigures f) {
        return List.of(number(f.people()), number(f.businessesOpened()), number(f.jobsObtained()),
                number(f.careerChanges()),
                f.staffReported() == null ? HIDDEN : number(f.staffBefore()) + " → " + number(f.staffAfter()),
                f.revenueReported() == null ? HIDDEN : SiteFormats.rupiah(f.revenueBeforeMedian(), Language.ID) + " → "
                        + SiteFormats.rupiah(f.revenueAfterMedian(), Language.ID));
    }

    private static String number(Number n) {
        return n == null ? HIDDEN : SiteFormats.number(n.longValue(), Language.ID);
    }

    private static String chart(List<String> labels, List<Number> values, boolean money) {
        return "{\"labels\":[" + labels.stream().map(Json::string).collect(Collectors.joining(",")) + "],\"values\":["
                + values.stream().map(String::valueOf).collect(Collectors.joining(",")) + "],\"money\":" + money + "}";
    }
}
