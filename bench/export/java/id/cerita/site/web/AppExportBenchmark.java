package id.cerita.site.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.alumni.Alumni;
import id.cerita.common.CourseId;
import id.cerita.course.Courses;
import id.cerita.impact.ImpactReports;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.search.IndexStatusService;
import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteBuildReport;
import id.cerita.site.SiteBuilder;
import id.cerita.site.SiteBylines;
import id.cerita.site.SiteExports;
import id.cerita.site.SiteImages;
import id.cerita.site.SiteInput;
import id.cerita.site.SiteProperties;
import id.cerita.story.Audience;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryFixtures;
import id.cerita.story.StoryReader;
import id.cerita.testsupport.TestDatabases;

/**
 * The application's own site export from its PostgreSQL database (SiteExports, the code path of the export button:
 * every live story read through the visibility rule, bylines, impact figures, then the builder) against the library
 * alone (SiteBuilder over the same stories already in memory, as bench/site measures it). Both full exports into an
 * empty folder, without the visitors' search on either side (Pagefind costs both the same; bench/site measures it).
 * Not a test: bench/export/run.sh starts it and writes bench/results/export.md.
 */
// no automatic export, neither while the stories are published nor at start (it would share the timing and folder)
@SpringBootTest(properties = { "logging.level.root=WARN", "cerita.site.visitors-search=false",
        "cerita.site.debounce-millis=36000000", "cerita.site.export-when-missing=false" })
class AppExportBenchmark {

    private static final int STORIES = Integer.getInteger("cerita.bench.stories", 10_000);
    private static final int RUNS = Integer.getInteger("cerita.bench.runs", 5);
    private static final Path WORK = Path.of(System.getProperty("cerita.bench.work", "target/export-bench"))
        .toAbsolutePath();

    // -Dcerita.bench.schema=NAME keeps the seeded stories in that schema for the next run (seeding takes minutes)
    // -Dcerita.bench.breakdown=true: also the builder bean and the library with each other's inputs
    private static final boolean BREAKDOWN = Boolean.getBoolean("cerita.bench.breakdown");
    private static final java.util.concurrent.atomic.AtomicInteger FOLDERS = new java.util.concurrent.atomic.AtomicInteger();
    private static final String SCHEMA = System.getProperty("cerita.bench.schema", "");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        if (Files.exists(WORK)) {
            // an earlier run's folders, deleted before anything is timed; the file system is then left to settle
            delete(WORK);
            Thread.sleep(30_000);
        }
        if (SCHEMA.isBlank()) {
            TestDatabases.postgres(registry);
        }
        else {
            TestDatabases.keptPostgresSchema(registry, SCHEMA);
        }
        registry.add("cerita.site.output-dir", () -> WORK.resolve("app").toString());
    }

    @Test
    void measuresTheApplicationsExportAgainstTheLibraryAlone(@Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired Regions regions, @Autowired SiteExports exports,
            @Autowired StoryReader reader, @Autowired SiteProperties properties,
            @Autowired IndexStatusService index, @Autowired SiteBuilder builder, @Autowired SiteBylines bylines,
            @Autowired ImpactReports impact) throws IOException {
        long seeding = System.nanoTime();
        int seeded = Math.max(0, STORIES - reader.liveStoryIds().size());
        if (seeded > 0) {
            seed(new StoryFixtures(stories, courses, alumni), regions, seeded);
        }
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        // the index queue catches up on the new stories first, so that it does not share the cores with the timing
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
            .until(() -> index.now().waiting() == 0);
        SiteBuilder library = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE).withoutVisitorsSearch();

        // each variant's wall clock, the JVM's CPU and its kernel time in the same span, per run
        Row app = new Row("application: `SiteExports.exportNow()`");
        Row read = new Row("its read alone: `StoryReader.publishedAll` through the visibility rule");
        Row lib = new Row("library alone: `SiteBuilder`, stories in memory");
        List<Row> extra = BREAKDOWN ? List.of(
                new Row("the application's builder bean, application's inputs (bylines, impact figures), in memory"),
                new Row("the application's builder bean, plain inputs, in memory"),
                new Row("library builder, application's inputs, in memory")) : List.of();
        int appPages = 0;
        int libPages = 0;
        for (int r = 0; r < RUNS; r++) {
            // moved aside, not deleted: see fresh()
            if (Files.exists(WORK.resolve("app"))) {
                Files.move(WORK.resolve("app"), fresh("app-done"));
            }
            appPages = app.time(exports::exportNow).pages();
            List<StoryDetails> live = read.time(() -> reader.publishedAll(reader.liveStoryIds(), Audience.PUBLIC_SITE));
            SiteInput plain = new SiteInput(properties.baseUrl(), properties.title(), live);
            libPages = lib.time(() -> library.build(plain, fresh("library"))).pages();
            if (BREAKDOWN) {
                // as SiteExports makes them: each login's byline looked up once per export
                Map<String, String> names = new ConcurrentHashMap<>();
                SiteInput theApps = new SiteInput(properties.baseUrl(), properties.title(), live,
                        login -> names.computeIfAbsent(login, bylines::of), impact.of(live));
                extra.get(0).time(() -> builder.build(theApps, fresh("bean")));
                extra.get(1).time(() -> builder.build(plain, fresh("bean")));
                extra.get(2).time(() -> library.build(theApps, fresh("library")));
            }
        }
        double appMedian = median(app.wall);
        double libMedian = median(lib.wall);
        StringBuilder md = new StringBuilder("# The application's site export against the library alone\n\n")
            .append("Date: ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
            .append(" · machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores · Java ")
            .append(Runtime.version()).append(" · JVM ").append(String.join(" ", java.lang.management.ManagementFactory
                .getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:+Use"))
                .toList())).append(" (as ./cerita starts the application)")
            .append(" · PostgreSQL at 127.0.0.1 (").append(SCHEMA.isBlank() ? "fresh schema" : "schema " + SCHEMA + ", kept")
            .append(")\n\n")
            .append(STORIES).append(" published stories, each made through the application (create, submit, approve ")
            .append("by another account, publish; ").append(seeded == 0 ? "by an earlier run"
                    : String.format("%.0f s", seedSeconds))
            .append("), in random regencies of the 38 provinces, body of 8 paragraphs, one quote and one outcome.\n")
            .append("The index queue had caught up before the first timing.\n\n")
            .append("- **Application**: `SiteExports.exportNow()`, the path of the export button: reads every live story ")
            .append("through `StoryReader.publishedAll` (the visibility rule: embargo, consent, in batches of 500), ")
            .append("bylines, impact figures, photos from the media library, then builds into an empty folder.\n")
            .append("- **Library alone**: `SiteBuilder` over the same stories already in memory (read beforehand, the ")
            .append("read timed apart), no photos looked up, into an empty folder: what bench/site measures.\n")
            .append("- Both without the visitors' search (`cerita.site.visitors-search=false`), alternating, ")
            .append(RUNS).append(" runs each in one JVM; the first run of each pays the JIT warm-up.\n\n")
            .append("Per run: wall-clock seconds, and in brackets the CPU seconds of the whole JVM in the same span ")
            .append("(two cores: at most twice the wall clock) and the part of it spent in the kernel.\n\n")
            .append("| variant |");
        for (int r = 0; r < RUNS; r++) {
            md.append(" run ").append(r + 1).append(" s (CPU s, kernel s) |");
        }
        md.append(" median s |\n|---|").append("---:|".repeat(RUNS + 1)).append('\n');
        for (Row row : java.util.stream.Stream.concat(Stream.of(app, read, lib), extra.stream()).toList()) {
            md.append("| ").append(row.label).append(" |");
            for (int r = 0; r < RUNS; r++) {
                md.append(String.format(" %.2f (%.2f, %.2f) |", row.wall[r], row.cpu[r], row.kernel[r]));
            }
            md.append(String.format(" %.2f |%n", median(row.wall)));
        }
        md.append(String.format("%nHTML pages: application %d, library %d.%n%n", appPages, libPages))
            .append(String.format("**Median: application %.2f s, library alone %.2f s, ratio %.2f** (goal ≤ 1.5).%n",
                    appMedian, libMedian, appMedian / libMedian));
        String outFile = System.getProperty("cerita.bench.out", "target/export-bench.md");
        Path path = Path.of(outFile);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, md);
        System.out.println(md);
    }

    /**
     * A new folder of the work area. Nothing is deleted while timings run: on this machine's file system (ext4
     * mounted with discard), files written just after thousands were deleted cost 2 to 4 times the kernel time
     * (bench/results/export.md), and only the application's side used to delete its folder before each export.
     */
    private static Path fresh(String name) {
        return WORK.resolve(name + "-" + FOLDERS.incrementAndGet());
    }

    /** One variant's figures, one per run. */
    private static final class Row {
        final String label;
        final double[] wall = new double[RUNS];
        final double[] cpu = new double[RUNS];
        final double[] kernel = new double[RUNS];
        int runs;

        Row(String label) {
            this.label = label;
        }

        <T> T time(Call<T> call) throws IOException {
            long kernelBefore = kernelMillis();
            long cpuBefore = cpuNanos();
            long t = System.nanoTime();
            T result = call.run();
            wall[runs] = (System.nanoTime() - t) / 1e9;
            cpu[runs] = (cpuNanos() - cpuBefore) / 1e9;
            kernel[runs] = (kernelMillis() - kernelBefore) / 1e3;
            runs++;
            return result;
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    /** The JVM's time in the kernel (Linux: /proc/self/stat, in clock ticks of 10 ms); -1 elsewhere. */
    private static long kernelMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[12]) * 10;
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void seed(StoryFixtures fixtures, Regions regions, int count) {
        CourseId courseId = fixtures.aCourse("kuliner").id();
        List<String> regencies = regions.provinces().stream()
            .flatMap(p -> regions.regenciesOf(RegionCode.of(p.code())).stream()).map(Region::code).toList();
        String[] themes = { "kuliner", "kue-dan-roti", "tata-rias", "pemasaran-digital", "fotografi", "kerajinan" };
        Random random = new Random(7);
        String paragraph = "Setelah mengikuti **pelatihan pemasaran digital**, ia mulai menjual produknya lewat media "
                + "sosial. Pelanggan datang dari kabupaten tetangga, dan kini ia mempekerjakan dua orang tetangganya.\n\n";
        String body = "## Awal usaha\n\n" + paragraph.repeat(8);
        for (int n = STORIES - count; n < STORIES; n++) {
            StoryContent content = new StoryContent(Language.ID, "Cerita alumni " + n + ": usaha baru setelah pelatihan",
                    null, "Ringkasan cerita alumni nomor " + n + " yang membuka usaha.", body, null,
                    regencies.get(random.nextInt(regencies.size())), null, Set.of(courseId),
                    Set.of(themes[n % themes.length], themes[(n + 2) % themes.length]),
                    List.of(new Quote("Saya belajar memasarkan usaha lewat media sosial.", "Alumni " + n, "Pemilik usaha")),
                    List.of(new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet per bulan", 10_000_000L + n, "Wawancara")),
                    List.of());
            fixtures.aPublishedStory(content);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
