package id.cerita.site.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.search.IndexStatusService;
import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteBuildReport;
import id.cerita.site.SiteBuilder;
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
// no automatic export while the stories are published (a debounced export would share the timing and the folder)
@SpringBootTest(properties = { "logging.level.root=WARN", "cerita.site.visitors-search=false",
        "cerita.site.debounce-millis=36000000" })
class AppExportBenchmark {

    private static final int STORIES = Integer.getInteger("cerita.bench.stories", 10_000);
    private static final int RUNS = Integer.getInteger("cerita.bench.runs", 3);
    private static final Path WORK = Path.of(System.getProperty("cerita.bench.work", "target/export-bench"))
        .toAbsolutePath();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
        registry.add("cerita.site.output-dir", () -> WORK.resolve("app").toString());
    }

    @Test
    void measuresTheApplicationsExportAgainstTheLibraryAlone(@Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired Regions regions, @Autowired SiteExports exports,
            @Autowired StoryReader reader, @Autowired SiteProperties properties,
            @Autowired IndexStatusService index) throws IOException {
        long seeding = System.nanoTime();
        seed(new StoryFixtures(stories, courses, alumni), regions);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        // the index queue catches up on the new stories first, so that it does not share the cores with the timing
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
            .until(() -> index.now().waiting() == 0);
        SiteBuilder library = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE).withoutVisitorsSearch();

        double[] app = new double[RUNS];
        double[] read = new double[RUNS];
        double[] lib = new double[RUNS];
        int appPages = 0;
        int libPages = 0;
        for (int r = 0; r < RUNS; r++) {
            delete(WORK.resolve("app"));
            long t = System.nanoTime();
            SiteBuildReport ours = exports.exportNow();
            app[r] = (System.nanoTime() - t) / 1e9;
            appPages = ours.pages();

            t = System.nanoTime();
            List<StoryDetails> live = reader.publishedAll(reader.liveStoryIds(), Audience.PUBLIC_SITE);
            read[r] = (System.nanoTime() - t) / 1e9;
            Path out = WORK.resolve("library-" + r);
            delete(out);
            t = System.nanoTime();
            SiteBuildReport alone = library.build(new SiteInput(properties.baseUrl(), properties.title(), live), out);
            lib[r] = (System.nanoTime() - t) / 1e9;
            libPages = alone.pages();
        }
        double appMedian = median(app);
        double libMedian = median(lib);
        StringBuilder md = new StringBuilder("# The application's site export against the library alone\n\n")
            .append("Date: ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
            .append(" · machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores · Java ")
            .append(Runtime.version()).append(" · JVM ").append(String.join(" ", java.lang.management.ManagementFactory
                .getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:+Use"))
                .toList())).append(" (as ./cerita starts the application)")
            .append(" · PostgreSQL at 127.0.0.1 (fresh schema)\n\n")
            .append(STORIES).append(" published stories, each made through the application (create, submit, approve ")
            .append("by another account, publish; ").append(String.format("%.0f", seedSeconds))
            .append(" s), in random regencies of the 38 provinces, body of 8 paragraphs, one quote and one outcome.\n")
            .append("The index queue had caught up before the first timing.\n\n")
            .append("- **Application**: `SiteExports.exportNow()`, the path of the export button: reads every live story ")
            .append("through `StoryReader.publishedAll` (the visibility rule: embargo, consent, in batches of 500), ")
            .append("bylines, impact figures, photos from the media library, then builds into an empty folder.\n")
            .append("- **Library alone**: `SiteBuilder` over the same stories already in memory (read beforehand, the ")
            .append("read timed apart), no photos looked up, into an empty folder: what bench/site measures.\n")
            .append("- Both without the visitors' search (`cerita.site.visitors-search=false`), alternating, ")
            .append(RUNS).append(" runs each in one JVM; the first run of each pays the JIT warm-up.\n\n")
            .append("| run | application s | of which a library-like build, est. s | read through the visibility rule s | library alone s |\n")
            .append("|---:|---:|---:|---:|---:|\n");
        for (int r = 0; r < RUNS; r++) {
            md.append(String.format("| %d | %.2f | %.2f | %.2f | %.2f |%n", r + 1, app[r], app[r] - read[r], read[r], lib[r]));
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

    private static void seed(StoryFixtures fixtures, Regions regions) {
        CourseId courseId = fixtures.aCourse("kuliner").id();
        List<String> regencies = regions.provinces().stream()
            .flatMap(p -> regions.regenciesOf(RegionCode.of(p.code())).stream()).map(Region::code).toList();
        String[] themes = { "kuliner", "kue-dan-roti", "tata-rias", "pemasaran-digital", "fotografi", "kerajinan" };
        Random random = new Random(7);
        String paragraph = "Setelah mengikuti **pelatihan pemasaran digital**, ia mulai menjual produknya lewat media "
                + "sosial. Pelanggan datang dari kabupaten tetangga, dan kini ia mempekerjakan dua orang tetangganya.\n\n";
        String body = "## Awal usaha\n\n" + paragraph.repeat(8);
        for (int n = 0; n < STORIES; n++) {
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
