import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.region.Region;
import id.cerita.region.RegionType;
import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteBuildReport;
import id.cerita.site.SiteBuilder;
import id.cerita.site.SiteImages;
import id.cerita.site.SiteInput;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;
import id.cerita.story.StoryDetails.Person;
import id.cerita.story.StoryDetails.Translation;
import id.cerita.story.StoryStatus;
import id.cerita.theme.Theme;

/**
 * Site export benchmark. Generates COUNT Indonesian stories (every tenth with an English translation) from the shared
 * UD Indonesian sentences, the real region list (idn-area-data on cms-core's classpath) and the real themes (V3
 * migration), reproducibly (seeded). Modes:
 *   cerita COUNT SHARED OUT  full export into an empty OUT, then an incremental export after one story's edit
 *   hugo COUNT SHARED DIR    writes the same stories as a Hugo site (content + minimal theme) into DIR
 *   pagefind COUNT SHARED OUT  the visitors' search: Pagefind's share of a full export, of a one-story edit and of an
 *                              export with no story changed, and the size of the pagefind/ bundle
 */
public class SiteBench {

    /** One-story edits exported one after the other (the first is reported alone too). */
    static final int EDITS = 5;

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        Path shared = Path.of(args[2]);
        Path out = Path.of(args[3]);
        List<StoryDetails> stories = new Generator(shared).stories(count);
        switch (args[0]) {
            case "cerita" -> cerita(stories, out);
            case "hugo" -> Hugo.write(stories, out);
            case "pagefind" -> pagefind(stories, out);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void cerita(List<StoryDetails> stories, Path out) {
        // Hugo builds no search index: the page generators are compared without one (Pagefind has its own section)
        SiteBuilder builder = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE).withoutVisitorsSearch();
        String base = "https://cerita.example.id";
        resetPeaks();
        long t0 = System.nanoTime();
        SiteBuildReport full = builder.build(new SiteInput(base, "Cerita Alumni", stories), out);
        double fullSeconds = (System.nanoTime() - t0) / 1e9;
        long fullHeap = peakHeapMiB();
        // the first export after a full one has only the current build to take from: it hard-links every file
        long tr = System.nanoTime();
        SiteBuildReport relinked = builder.build(new SiteInput(base, "Cerita Alumni", stories), out);
        double relinkSeconds = (System.nanoTime() - tr) / 1e9;
        // one-story edits, one after the other, each to another story: a CMS exporting after each publication
        List<StoryDetails> edited = new ArrayList<>(stories);
        List<Double> editSeconds = new ArrayList<>();
        SiteBuildReport incremental = null;
        for (int k = 0; k < EDITS; k++) {
            edited = edit(edited, k);
            long t1 = System.nanoTime();
            SiteBuildReport report = builder.build(new SiteInput(base, "Cerita Alumni", edited), out);
            editSeconds.add((System.nanoTime() - t1) / 1e9);
            if (incremental == null) {
                incremental = report;
            }
        }
        double incSeconds = editSeconds.getFirst();
        List<Double> sortedEdits = editSeconds.stream().sorted().toList();
        // the same full export again, into an empty directory, in this now warm JVM (a running CMS is warm)
        long tw = System.nanoTime();
        builder.build(new SiteInput(base, "Cerita Alumni", edited), out.resolveSibling(out.getFileName() + "-warm"));
        double warmSeconds = (System.nanoTime() - tw) / 1e9;
        long html = full.rendered().stream().filter(p -> p.endsWith(".html")).count();
        System.out.println("stories=" + stories.size());
        System.out.println("files=" + full.files());
        System.out.println("html_pages=" + html);
        System.out.println("story_pages=" + full.rendered().stream()
            .filter(p -> p.matches("(id/cerita|en/stories)/[^/]+/index\\.html")).count());
        System.out.printf("seconds=%.2f%n", fullSeconds);
        System.out.printf("pages_per_second=%.0f%n", html / fullSeconds);
        System.out.println("peak_heap_mib=" + fullHeap);
        System.out.printf("warm_full_seconds=%.2f%n", warmSeconds);
        System.out.printf("relink_seconds=%.3f%n", relinkSeconds);
        System.out.println("relink_linked=" + relinked.linked().size());
        System.out.printf("incremental_seconds=%.3f%n", incSeconds);
        System.out.printf("incremental_median_seconds=%.3f%n", sortedEdits.get(sortedEdits.size() / 2));
        System.out.printf("incremental_max_seconds=%.3f%n", sortedEdits.getLast());
        System.out.println("incremental_all=" + editSeconds.stream().map(d -> String.format("%.2f", d))
            .collect(java.util.stream.Collectors.joining(", ")));
        System.out.println("incremental_rendered=" + incremental.rendered().size());
        System.out.println("incremental_linked=" + incremental.linked().size());
        System.out.printf("incremental_index_seconds=%.3f%n", incremental.searchIndexMillis() / 1e3);
    }

    static void pagefind(List<StoryDetails> stories, Path out) throws java.io.IOException {
        SiteBuilder builder = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE);
        String base = "https://cerita.example.id";
        long t0 = System.nanoTime();
        SiteBuildReport full = builder.build(new SiteInput(base, "Cerita Alumni", stories), out);
        double fullSeconds = (System.nanoTime() - t0) / 1e9;
        Path bundle = full.build().resolve("pagefind");
        long bytes = 0;
        long files = 0;
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        try (var walk = java.nio.file.Files.walk(bundle)) {
            for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                long size = java.nio.file.Files.size(p);
                bytes += size;
                files++;
                String name = bundle.relativize(p).toString();
                String kind = name.contains("/") ? name.substring(0, name.indexOf('/'))
                        : name.startsWith("pagefind") && name.endsWith(".js") || name.endsWith(".css") ? "ui" : "other";
                byKind.merge(kind, size, Long::sum);
            }
        }
        // nothing changed: the bundle of the current build is hard-linked, Pagefind does not run
        long tr = System.nanoTime();
        SiteBuildReport relinked = builder.build(new SiteInput(base, "Cerita Alumni", stories), out);
        double relinkSeconds = (System.nanoTime() - tr) / 1e9;
        List<StoryDetails> edited = edit(stories, 0);
        long t1 = System.nanoTime();
        SiteBuildReport incremental = builder.build(new SiteInput(base, "Cerita Alumni", edited), out);
        double incSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.println("stories=" + stories.size());
        System.out.printf("full_seconds=%.2f%n", fullSeconds);
        System.out.printf("full_index_seconds=%.2f%n", full.searchIndexMillis() / 1e3);
        System.out.printf("bundle_mib=%.1f%n", bytes / 1048576.0);
        System.out.println("bundle_files=" + files);
        byKind.forEach((k, v) -> System.out.printf("bundle_%s_kib=%d%n", k, v / 1024));
        System.out.printf("relink_seconds=%.3f%n", relinkSeconds);
        System.out.printf("relink_index_seconds=%.3f%n", relinked.searchIndexMillis() / 1e3);
        System.out.println("relink_index=" + relinked.searchIndex());
        System.out.printf("incremental_seconds=%.3f%n", incSeconds);
        System.out.printf("incremental_index_seconds=%.3f%n", incremental.searchIndexMillis() / 1e3);
        System.out.println("incremental_index=" + incremental.searchIndex());
    }

    /** The stories with the k-th after the middle one edited: a new title, a paragraph more, a new revision. */
    static List<StoryDetails> edit(List<StoryDetails> stories, int k) {
        List<StoryDetails> edited = new ArrayList<>(stories);
        int victim = stories.size() / 2 + k;
        StoryDetails s = edited.get(victim);
        edited.set(victim, new StoryDetails(s.id(), s.slug(), s.language(), s.translationKey(),
                s.title() + " (diperbarui)", s.summary(),
                s.body() + "\n\nPembaruan: usaha ini kini mempekerjakan tiga tetangga.\n", s.revision() + 1,
                s.status(), s.live(), s.publishedAt(), s.updatedAt().plus(1, ChronoUnit.DAYS), s.author(),
                s.region(), s.province(), s.themes(), s.courses(), s.person(), s.gathering(), s.quotes(),
                s.outcomes(), s.sources(), s.translations()));
        return edited;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    /** Reproducible stories from real reference data and real Indonesian sentences. */
    static final class Generator {

        private static final Pattern THEME_ROW = Pattern.compile(
                "\\('([^']+)',\\s*(NULL|'[^']+'),\\s*'([^']+)',\\s*'([^']+)',\\s*(\\d+)\\)");
        private static final String[] FIRST = { "Siti", "Yohanes", "Made", "Nur", "Andi", "Dewi", "Rahmat", "Putu",
                "Fitri", "Agus", "Maria", "Hendra", "Wulan", "Daniel", "Ayu", "Fajar" };
        private static final String[] LAST = { "Rahayu", "Latumahina", "Wirawan", "Aini", "Saputra", "Lestari",
                "Hidayat", "Sembiring", "Simanjuntak", "Pratama", "Kurniawan", "Wenda", "Manurung", "Nasution" };
        private static final String[] TRADES = { "Kue", "Kopi", "Batik", "Anyaman", "Sambal", "Keripik", "Rias",
                "Foto", "Jahit", "Tenun", "Kedai", "Servis" };

        private final List<String> sentences = new ArrayList<>();
        private final List<Region[]> places = new ArrayList<>();
        private final List<Theme> themes = new ArrayList<>();
        private final List<CourseOffer> courses = new ArrayList<>();

        Generator(Path shared) throws IOException {
            for (String line : Files.readAllLines(shared.resolve("data/corpus/id-ud-sentences.tsv"))) {
                String[] cols = line.split("\t");
                if (cols.length == 3 && !cols[0].equals("source") && cols[2].split(" ").length >= 6) {
                    sentences.add(cols[2]);
                }
            }
            var provinces = new java.util.HashMap<String, Region>();
            for (CSVRecord r : csv("region/idn-area-data/provinces.csv")) {
                provinces.put(r.get("code"), new Region(r.get("code"), r.get("name"), RegionType.PROVINCE, null, false, 0));
            }
            for (CSVRecord r : csv("region/idn-area-data/regencies.csv")) {
                String name = r.get("name");
                Region regency = new Region(r.get("code"), name, name.startsWith("Kota ") ? RegionType.CITY
                        : RegionType.REGENCY, r.get("province_code"), false, 0);
                places.add(new Region[] { regency, provinces.get(r.get("province_code")) });
            }
            Path themesSql = Path.of("cms-core/src/main/resources/db/migration/V3__themes.sql");
            Matcher m = THEME_ROW.matcher(Files.readString(themesSql));
            while (m.find()) {
                String parent = m.group(2).equals("NULL") ? null : m.group(2).replace("'", "");
                themes.add(new Theme(m.group(1), parent, m.group(3), m.group(4), Integer.parseInt(m.group(5))));
            }
            List<TrainingProvider> providers = new ArrayList<>();
            for (int p = 0; p < 40; p++) {
                providers.add(TrainingProvider.register("lembaga-" + p, "Lembaga Pelatihan " + LAST[p % LAST.length]
                        + " " + (p + 1), null, null));
            }
            for (int c = 0; c < 150; c++) {
                Theme theme = themes.get(c % themes.size());
                TrainingProvider provider = providers.get(c % providers.size());
                String title = theme.nameId() + " untuk Pemula " + (c + 1);
                courses.add(new CourseOffer(TrainingCourse.offer("pelatihan-" + c, title, theme.code(), SkillType.HARD,
                        Delivery.ONLINE, provider), provider));
            }
        }

        private static List<CSVRecord> csv(String resource) throws IOException {
            try (Reader reader = new java.io.InputStreamReader(
                    SiteBench.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
                return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            }
        }

        List<StoryDetails> stories(int count) {
            List<StoryDetails> stories = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                StoryDetails id = story(i, Language.ID);
                if (i % 10 == 0) {
                    StoryDetails en = story(i, Language.EN);
                    List<Translation> both = List.of(translation(en), translation(id));
                    stories.add(withTranslations(id, both));
                    stories.add(withTranslations(en, both));
                }
                else {
                    stories.add(id);
                }
            }
            return stories;
        }

        private static Translation translation(StoryDetails s) {
            return new Translation(s.id(), s.language(), s.slug(), s.title(), true);
        }

        private static StoryDetails withTranslations(StoryDetails s, List<Translation> t) {
            return new StoryDetails(s.id(), s.slug(), s.language(), s.translationKey(), s.title(), s.summary(), s.body(),
                    s.revision(), s.status(), s.live(), s.publishedAt(), s.updatedAt(), s.author(), s.region(),
                    s.province(), s.themes(), s.courses(), s.person(), s.gathering(), s.quotes(), s.outcomes(),
                    s.sources(), t);
        }

        private StoryDetails story(int i, Language language) {
            Random random = new Random(i * 31L + 7);
            boolean en = language == Language.EN;
            Region[] place = places.get(random.nextInt(places.size()));
            Theme theme = themes.get(random.nextInt(themes.size()));
            Theme second = themes.get(random.nextInt(themes.size()));
            CourseOffer course = courses.get(random.nextInt(courses.size()));
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String trade = TRADES[random.nextInt(TRADES.length)];
            int cohort = 1 + random.nextInt(70);
            String title = en ? name + " turns a course into a " + trade.toLowerCase() + " business (" + i + ")"
                    : "Kisah " + name + " merintis usaha " + trade.toLowerCase() + " di " + place[0].shortName() + " (" + i + ")";
            Instant published = LocalDate.of(2021, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(i * 3L, ChronoUnit.HOURS);
            String summary = sentences.get(random.nextInt(sentences.size()));
            StringBuilder body = new StringBuilder();
            int paragraphs = 10 + random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0 && p % 4 == 0) {
                    body.append("## ").append(sentences.get(random.nextInt(sentences.size())).split(" ", 6)[0])
                        .append(' ').append(p / 4).append("\n\n");
                }
                for (int k = 0; k < 4; k++) {
                    body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                body.append("\n\n");
            }
            body.append("> \"").append(sentences.get(random.nextInt(sentences.size()))).append("\"\n");
            Person person = new Person(new AlumnusId(UUID.nameUUIDFromBytes(("alumnus-" + i).getBytes())), name, cohort,
                    trade + " " + name.split(" ")[0], "Wirausaha", EnumSet.allOf(ConsentScope.class),
                    LocalDate.of(2024, 1, 1));
            List<Theme> storyThemes = theme.equals(second) ? List.of(theme) : List.of(theme, second);
            return new StoryDetails(new StoryId(UUID.nameUUIDFromBytes(("story-" + i + language.code()).getBytes())),
                    (en ? "story-" : "cerita-") + i, language, UUID.nameUUIDFromBytes(("key-" + i).getBytes()), title,
                    summary, body.toString(), 1, StoryStatus.PUBLISHED, true, published, published.plus(2, ChronoUnit.HOURS),
                    "tim-komunikasi", place[0], place[1], storyThemes, List.of(course), person, null,
                    List.of(new Quote(sentences.get(random.nextInt(sentences.size())), name, "Wirausaha")),
                    List.of(new Outcome(OutcomeKind.MONTHLY_REVENUE, en ? "Monthly revenue" : "Omzet per bulan",
                            500_000L * (1 + random.nextInt(40)), "wawancara")),
                    List.of(), List.of());
        }
    }

    /** The same stories as a Hugo site: one Markdown file per story with the same taxonomies, and a minimal theme. */
    static final class Hugo {

        static void write(List<StoryDetails> stories, Path dir) throws IOException {
            Path content = dir.resolve("content/cerita");
            Files.createDirectories(content);
            Files.writeString(dir.resolve("hugo.toml"), """
                    baseURL = "https://cerita.example.id/"
                    languageCode = "id"
                    title = "Cerita Alumni"
                    paginate = 20
                    # stories dated after today are on Cerita's site too (at 50,000 the generated dates reach 2038)
                    buildFuture = true
                    [taxonomies]
                      provinsi = "provinsi"
                      wilayah = "wilayah"
                      tema = "tema"
                      pelatihan = "pelatihan"
                      lembaga = "lembaga"
                      gelombang = "gelombang"
                      tahun = "tahun"
                    [outputs]
                      home = ["HTML", "RSS"]
                      section = ["HTML"]
                      taxonomy = ["HTML"]
                      term = ["HTML", "RSS"]
                    [markup.goldmark.extensions]
                      typographer = true
                      table = true
                    """);
            layouts(dir.resolve("layouts"));
            for (StoryDetails s : stories) {
                StringBuilder md = new StringBuilder("---\n");
                md.append("title: ").append(q(s.title())).append('\n');
                md.append("slug: ").append(q(s.slug())).append('\n');
                md.append("date: ").append(s.publishedAt()).append('\n');
                md.append("lastmod: ").append(s.updatedAt()).append('\n');
                md.append("summary: ").append(q(s.summary())).append('\n');
                md.append("provinsi: [").append(q(s.province().shortName())).append("]\n");
                md.append("wilayah: [").append(q(s.region().name())).append("]\n");
                md.append("tema: [").append(String.join(", ", s.themes().stream().map(t -> q(t.nameId())).toList())).append("]\n");
                md.append("pelatihan: [").append(q(s.courses().get(0).course().title())).append("]\n");
                md.append("lembaga: [").append(q(s.courses().get(0).provider().name())).append("]\n");
                md.append("gelombang: [").append(q("Gelombang " + s.person().cohort())).append("]\n");
                md.append("tahun: [").append(q(String.valueOf(s.publishedAt().atZone(ZoneOffset.UTC).getYear()))).append("]\n");
                md.append("alumnus: ").append(q(s.person().name())).append('\n');
                md.append("---\n\n").append(s.body());
                Files.writeString(content.resolve(s.slug() + ".md"), md.toString());
            }
        }

        private static String q(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }

        private static void layouts(Path layouts) throws IOException {
            Files.createDirectories(layouts.resolve("_default"));
            Files.createDirectories(layouts.resolve("partials"));
            Files.writeString(layouts.resolve("partials/head.html"), """
                    <!DOCTYPE html>
                    <html lang="id"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/site.css">
                    {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
                    </head><body><header><a href="/">{{ site.Title }}</a></header><main>
                    """);
            Files.writeString(layouts.resolve("partials/foot.html"), "</main><footer>Cerita Alumni</footer></body></html>\n");
            Files.writeString(layouts.resolve("_default/single.html"), """
                    {{ partial "head.html" . }}
                    <article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
                    · {{ range .GetTerms "wilayah" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
                    · {{ range .GetTerms "provinsi" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
                    <p>{{ .Summary }}</p>{{ .Content }}
                    <p>{{ range .GetTerms "tema" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
                    {{ range .GetTerms "pelatihan" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
                    {{ range .GetTerms "lembaga" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                    <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>
                    {{ partial "foot.html" . }}
                    """);
            String list = """
                    {{ partial "head.html" . }}
                    <h1>{{ .Title }}</h1><ul>
                    {{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = where site.RegularPages "Section" "cerita" }}{{ end }}{{ $pager := .Paginate $pages }}
                    {{ range $pager.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}
                    </ul><nav>{{ with $pager.Prev }}<a href="{{ .URL }}">Sebelumnya</a>{{ end }} {{ with $pager.Next }}<a href="{{ .URL }}">Berikutnya</a>{{ end }}</nav>
                    {{ partial "foot.html" . }}
                    """;
            Files.writeString(layouts.resolve("_default/list.html"), list);
            Files.writeString(layouts.resolve("_default/terms.html"), """
                    {{ partial "head.html" . }}
                    <h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
                    {{ partial "foot.html" . }}
                    """);
            Files.writeString(layouts.resolve("404.html"), "{{ partial \"head.html\" . }}<h1>Halaman tidak ditemukan</h1>{{ partial \"foot.html\" . }}\n");
            Files.createDirectories(layouts.getParent().resolve("static"));
            Files.writeString(layouts.getParent().resolve("static/site.css"), "body{font-family:sans-serif;max-width:44rem;margin:auto}\n");
        }
    }
}
