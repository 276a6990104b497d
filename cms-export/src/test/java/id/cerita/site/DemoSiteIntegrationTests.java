package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.media.demo.DemoPhotos;
import id.cerita.press.EmbargoAccess;
import id.cerita.press.PressKit;
import id.cerita.press.PressKits;
import id.cerita.story.Audience;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryFixtures;
import id.cerita.story.StoryReader;
import nu.validator.client.EmbeddedValidator;

/**
 * The site exported from the demo, as a new user gets it: the demo loaded (its pictures drawn and uploaded through
 * the media pipeline), one more story published through the application now, then the real export. Checked the way
 * readers' tools see it (Nu HTML Checker, axe-core in Chromium), for links at the root and under a sub-path, and for
 * login names leaking into any file.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = { "cerita.demo.enabled=true",
        "cerita.demo.password=sandi-demo-untuk-uji-situs" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSiteIntegrationTests {

    static final List<String> STAFF_LOGINS = List.of("admin", "sari", "rina", "budi", "dewi", "jurnalis");
    /** Logins that are also ordinary words of the stories' text ("jurnalis" is Indonesian for journalist). */
    static final List<String> ALSO_WORDS = List.of("jurnalis");

    /** The logins worth looking for: every one, less those the stories themselves use as words. */
    private List<String> distinctiveLogins() {
        List<String> text = reader.liveStoryIds().stream().map(id -> reader.published(id, Audience.PUBLIC_SITE))
            .flatMap(java.util.Optional::stream).map(d -> d.title() + " " + d.summary() + " " + d.body()).toList();
        List<String> words = STAFF_LOGINS.stream()
            .filter(l -> text.stream().anyMatch(t -> Pattern.compile("\\b" + l + "\\b").matcher(t).find())).toList();
        assertThat(words).as("logins that are words of the stories").isEqualTo(ALSO_WORDS);
        return STAFF_LOGINS.stream().filter(l -> !words.contains(l)).toList();
    }
    /** Yeni and Fikram gave no PHOTO consent: their stories show things, never a person. */
    static final List<String> NO_PHOTO_CONSENT = List.of("yeni-mahasiswi-tanjab-barat-rintis-sewa-papan-ucapan",
            "fikram-sarjana-konseling-yang-pindah-ke-dunia-ritel");
    static final String DONUT_STORY = "hujaipah-dari-kelas-baking-ke-gerai-donat-aidoo";

    /** Made before the context starts (a @TempDir field is not yet there for a per-class test instance). */
    static final Path data = temporaryDirectory();

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("cerita-demo-site-");
            dir.toFile().deleteOnExit();
            return dir;
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        id.cerita.testsupport.TestDatabases.h2(registry);
        registry.add("cerita.data-dir", data::toString);
        registry.add("cerita.site.output-dir", () -> data.resolve("site").toString());
        registry.add("cerita.site.base-url", () -> "https://cerita.example.id");
        registry.add("cerita.site.debounce-millis", () -> "600000");
    }

    @Autowired DemoPhotos photos;
    @Autowired SiteExports exports;
    @Autowired SiteBuilder builder;
    @Autowired SiteBylines bylines;
    @Autowired StoryReader reader;
    @Autowired Stories stories;
    @Autowired Courses courses;
    @Autowired Alumni alumni;

    Path site;
    Story publishedNow;
    long photosMillis;

    @BeforeAll
    void exportTheDemo() throws Exception {
        long start = System.nanoTime();
        photos.loaded().get(3, TimeUnit.MINUTES);
        photosMillis = (System.nanoTime() - start) / 1_000_000;
        publishedNow = SystemActor.call(() -> new StoryFixtures(stories, courses, alumni)
            .aPublishedStory("Cerita yang terbit lewat aplikasi hari ini"));
        site = exports.exportNow().build();
    }

    private List<Path> files(Path root, String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private List<Path> storyPages(Path root) throws Exception {
        return files(root, "index.html").stream()
            .filter(p -> root.relativize(p).toString().matches("(id/cerita|en/stories)/[^/]+/index.html")).toList();
    }

    @Test
    void showsAPhotoOnEveryDemoStoryPageAndNoPersonWhereConsentForbidsIt() throws Exception {
        List<Path> pages = storyPages(site);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(18);
        for (Path page : pages) {
            String html = Files.readString(page);
            String slug = page.getParent().getFileName().toString();
            if (slug.equals(publishedNow.slug().value())) {
                assertThat(html).as("published by this test, with no picture").doesNotContain("<img");
                continue;
            }
            if (NO_PHOTO_CONSENT.contains(slug)) {
                assertThat(html).as(slug + ": a thing, not a person").contains("Ilustrasi: Tim Cerita")
                    .containsPattern("alt=\"(Papan ucapan|Rak toko)");
            }
            assertThat(html).as(slug).contains("<figure class=\"lead\">").contains("srcset=\"")
                .contains("type=\"image/webp\"").contains("property=\"og:image:width\"")
                .contains("content=\"summary_large_image\"").contains("property=\"article:modified_time\"")
                .containsPattern("\"image\":\\[\\{\"@type\":\"ImageObject\",\"url\":\"[^\"]+1x1\\.jpg\",\"width\":1200");
            assertThat(html).as(slug + ": credited").containsPattern("Ilustrasi: Tim Cerita|Illustration: Cerita team");
        }
        // the application is up before this starts (a background thread); bounded so a regression shows
        assertThat(photosMillis).as("demo pictures drawn, uploaded and derived").isLessThan(180_000);
    }

    @Test
    void showsTheProgrammesImpactWithoutSinglingAnyoneOutAndDrawsItsCharts() throws Exception {
        String html = Files.readString(site.resolve("dampak/index.html"));

        // the alumni of the live stories whose consent covers the website, each once
        List<StoryDetails> live = reader.liveStoryIds().stream()
            .map(id -> reader.published(id, Audience.PUBLIC_SITE)).flatMap(java.util.Optional::stream).toList();
        long people = live.stream().filter(s -> s.person() != null
                && s.person().consents(id.cerita.alumni.ConsentScope.WEBSITE))
            .map(s -> s.person().alumnusId()).distinct().count();
        assertThat(people).isGreaterThanOrEqualTo(3);
        assertThat(html).contains("<dt>Alumni</dt><dd>" + people + "</dd>");
        // the demo's two jobs found and one revenue reported before and after: fewer than three, so not shown
        assertThat(html).contains("<dt>Mendapat pekerjaan</dt><dd>—</dd>")
            .contains("<dt>Median omzet bulanan sebelum → sesudah</dt><dd>—</dd>");
        Matcher rows = Pattern.compile("<th scope=\"row\"><a [^>]+>[^<]+</a></th>\\s*<td>(\\d+)</td>").matcher(html);
        List<Integer> groups = new ArrayList<>();
        while (rows.find()) {
            groups.add(Integer.parseInt(rows.group(1)));
        }
        assertThat(groups).as("groups by year (2023, 2024) and provider").isNotEmpty()
            .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(html).as("no alumnus is named on the page").doesNotContain("Hujaipah").doesNotContain("Amiruddin");
        assertThat(html.split("<path ", -1)).as("two maps of 34 outlines").hasSize(69);

        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), site,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Dampak").setExact(true)).first().click();
            page.waitForSelector(".impact-chart canvas");
            assertThat(page.locator(".impact-chart canvas").count()).as("a chart per breakdown with groups")
                .isGreaterThanOrEqualTo(2);
        }
        finally {
            server.stop(0);
        }
    }

    @Test
    void passesTheNuHtmlCheckerOnEveryPage() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        for (Path page : files(site, ".html")) {
            validator.validate(page).lines().filter(l -> l.contains("error:") || l.contains("fatal"))
                .forEach(l -> errors.add(site.relativize(page) + ": " + l));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void hasNoWcag21AaViolationsOnAnyPageAndKeepsStoryPagesLight() throws Exception {
        Path axe = Paths.get("target/npm/axe-core/package/axe.min.js").toAbsolutePath();
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), site,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        List<String> violations = new ArrayList<>();
        Map<String, Long> weights = new TreeMap<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            Page page = browser.newPage();
            for (Path file : files(site, ".html")) {
                String url = site.relativize(file).toString().replaceFirst("index\\.html$", "");
                page.navigate(base + url);
                page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
                Object result = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', "
                        + "values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})).violations.map(v => v.id + ': ' + v.help"
                        + " + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
                ((List<?>) result).forEach(v -> violations.add(url + " " + v));
            }
        }
        finally {
            server.stop(0);
        }
        for (Path page : storyPages(site)) {
            long bytes = Files.size(page) + Files.size(site.resolve("assets/site.css"));
            weights.put(site.relativize(page).toString(), bytes);
        }
        assertThat(violations).isEmpty();
        assertThat(weights).as("story page + CSS, before images").allSatisfy((page, bytes) ->
                assertThat(bytes).as(page).isLessThanOrEqualTo(150 * 1024));
    }

    @Test
    void hasNoBrokenInternalLinksAtTheRootOrUnderASubPath(@TempDir Path subPathRoot) throws Exception {
        assertThat(brokenLinks(site, "")).isEmpty();
        List<StoryDetails> live = reader.liveStoryIds().stream()
            .map(id -> reader.published(id, Audience.PUBLIC_SITE)).flatMap(java.util.Optional::stream).toList();
        Path under = builder.build(new SiteInput("https://pemda.example.id/cerita", "Cerita Alumni", live,
                bylines::of), subPathRoot).build();
        String home = Files.readString(under.resolve("index.html"));
        assertThat(home).contains("href=\"/cerita/assets/site.css\"").doesNotContain("href=\"/provinsi/");
        assertThat(brokenLinks(under, "/cerita")).isEmpty();
    }

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#?]*)[^\"]*\"|srcset=\"([^\"]*)\"");

    /** Every site-internal href, src and srcset entry must name a file of the export (a directory: its index.html). */
    private List<String> brokenLinks(Path root, String basePath) throws Exception {
        List<String> broken = new ArrayList<>();
        for (Path page : files(root, ".html")) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                List<String> targets = m.group(1) != null ? List.of(m.group(1))
                        : Stream.of(m.group(2).split(",")).map(s -> s.strip().split(" ")[0]).toList();
                for (String target : targets) {
                    if (target.isEmpty() || target.startsWith("http:") || target.startsWith("https:")) {
                        continue;
                    }
                    String path;
                    if (target.startsWith("/")) {
                        if (!target.startsWith(basePath + "/")) {
                            broken.add(root.relativize(page) + ": outside the base path: " + target);
                            continue;
                        }
                        path = target.substring(basePath.length() + 1);
                    }
                    else {
                        path = root.relativize(page.getParent().resolve(target).normalize()).toString();
                    }
                    Path file = root.resolve(URI.create("x:/" + path).getPath().substring(1));
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    if (!Files.isRegularFile(file)) {
                        broken.add(root.relativize(page) + ": " + target);
                    }
                }
            }
        }
        return broken;
    }

    @Test
    void writesNoLoginNameAndNoOverPreciseTimeAnywhere() throws Exception {
        List<String> found = new ArrayList<>();
        Pattern logins = Pattern.compile("\\b(" + String.join("|", distinctiveLogins()) + ")\\b");
        Pattern micros = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}\\.\\d{4,}");
        for (Path file : files(site, "")) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file) || name.endsWith(".jpg") || name.endsWith(".webp")) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            logins.matcher(text).results().forEach(r -> found.add(site.relativize(file) + ": " + r.group()));
            micros.matcher(text).results().forEach(r -> found.add(site.relativize(file) + ": " + r.group()));
        }
        assertThat(found).isEmpty();
        String story = Files.readString(site.resolve("id/cerita/" + publishedNow.slug().value() + "/index.html"));
        assertThat(story).contains("Sari Handayani").containsPattern("datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00\"");
    }

    @Test
    void namesStoriesInPressKitsByTheirAddressOnTheSiteAndSignsThemWithPublicNames(@Autowired PressKits kits)
            throws Exception {
        Pattern siteUrl = Pattern.compile("https://cerita\\.example\\.id(/[^\"'<>\\s)]*)");
        Pattern logins = Pattern.compile("\\b(" + String.join("|", distinctiveLogins()) + ")\\b");
        List<String> problems = new ArrayList<>();
        int uris = 0;
        int photosInKits = 0;
        for (var id : reader.liveStoryIds()) {
            if (reader.published(id, Audience.PRESS).isEmpty()) {
                continue;
            }
            PressKit kit = SystemActor.call(() -> kits.assemble(id, EmbargoAccess.RELEASED_ONLY));
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(kit.zip()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    byte[] bytes = zip.readAllBytes();
                    if (name.endsWith(".jpg")) {
                        photosInKits++;
                    }
                    if (!(name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".md") || name.endsWith(".txt")
                            || name.endsWith(".html"))) {
                        continue;
                    }
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    logins.matcher(text).results().forEach(r -> problems.add(kit.fileName() + "/" + name + ": " + r.group()));
                    Matcher m = siteUrl.matcher(text);
                    while (m.find()) {
                        uris++;
                        Path file = site.resolve(m.group(1).substring(1));
                        if (Files.isDirectory(file)) {
                            file = file.resolve("index.html");
                        }
                        if (!Files.isRegularFile(file)) {
                            problems.add(kit.fileName() + "/" + name + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(uris).isPositive();
        assertThat(photosInKits).as("the demo's press kits carry photos").isPositive();
    }

    @Test
    void writesOneFeedPerLanguageWithItsOwnWords() throws Exception {
        String id = Files.readString(site.resolve("id/feed.xml"));
        String en = Files.readString(site.resolve("en/feed.xml"));
        assertThat(id).contains("<language>id</language>").contains("/id/cerita/").doesNotContain("/en/stories/");
        assertThat(en).contains("<language>en</language>").contains("/en/stories/").doesNotContain("/id/cerita/")
            .contains("<category>Baking").doesNotContain("<category>Kue");
        assertThat(Files.readString(site.resolve("feed.xml"))).doesNotContain("/en/stories/");
        assertThat(Files.readString(site.resolve("en/atom.xml"))).contains("xml:lang=\"en\"");
    }

    @Test
    void readsWellForThePeopleInTheStory() throws Exception {
        String vita = Files.readString(site.resolve("id/cerita/vita-sarjana-pandemi-jadi-penata-rias-di-gorontalo/index.html"));
        assertThat(vita).doesNotContain("<dt>—</dt>").contains("class=\"pull-quote\"").contains("class=\"facts\"")
            .contains("class=\"breadcrumbs\"");
        Pattern doubled = Pattern.compile("Rp[\\d.]+[^<]*: Rp");
        for (Path page : storyPages(site)) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContainPattern(doubled);
        }
        String home = Files.readString(site.resolve("index.html"));
        assertThat(home).as("a translation goes under its original's card")
            .doesNotContain("href=\"/en/stories/vita-pandemic-graduate-turned-makeup-artist-gorontalo/\"><")
            .contains("hreflang=\"en\" lang=\"en\">English</a>");
    }

    @Test
    void findsStoriesWithTheVisitorsSearchFromAnyPageAtTheRootAndUnderASubPath(@TempDir Path subPathRoot)
            throws Exception {
        List<StoryDetails> live = reader.liveStoryIds().stream()
            .map(id -> reader.published(id, Audience.PUBLIC_SITE)).flatMap(java.util.Optional::stream).toList();
        Path under = builder.build(new SiteInput("https://pemda.example.id/cerita", "Cerita Alumni", live,
                bylines::of), subPathRoot).build();
        assertThat(site.resolve("search-index.json")).as("one visitors' search: Pagefind's").doesNotExist();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", SimpleFileServer.createFileHandler(site.toRealPath()));
        server.createContext("/cerita/", SimpleFileServer.createFileHandler(under.toRealPath()));
        server.start();
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        List<String> violations = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
            for (String base : List.of("", "/cerita")) {
                page.navigate(origin + base + "/");
                searchFilterAndMiss(page, base, "home " + base, violations);
                page.navigate(origin + base + "/");
                page.locator(".card h3 a").first().click();
                page.waitForURL(java.util.regex.Pattern.compile(".*/id/cerita/[^/]+/$"));
                searchFilterAndMiss(page, base, page.url(), violations);
            }
        }
        finally {
            server.stop(0);
        }
        assertThat(violations).isEmpty();
    }

    /** Types into the search box of the page, narrows by province, and types a word no story has. */
    private void searchFilterAndMiss(Page page, String base, String where, List<String> violations) {
        Locator input = page.locator("#search input.pagefind-ui__search-input");
        Locator message = page.locator("#search .pagefind-ui__message");
        Locator links = page.locator("#search .pagefind-ui__result-link");

        input.fill("donat");
        awaitResults(page, "donat", 1, 99);
        assertThat(links.all()).as(where + ": donat").extracting(l -> l.getAttribute("href"))
            .contains(base + "/id/cerita/" + DONUT_STORY + "/");

        // "berjualan" is in no story: the Indonesian stemmer finds jual, dijual, menjual, penjualan
        input.fill("berjualan");
        int all = awaitResults(page, "berjualan", 2, 99);
        assertThat(all).as(where + ": berjualan, before the filter").isGreaterThanOrEqualTo(2);
        Locator provinces = page.locator("#search .pagefind-ui__filter-block", new Page.LocatorOptions().setHasText("Provinsi"));
        Locator jambi = provinces.locator("label", new Locator.LocatorOptions().setHasText("Jambi"));
        openFilterGroup(provinces, jambi);
        jambi.click();
        assertThat(awaitResults(page, "berjualan", 1, all - 1)).as(where + ": narrowed").isEqualTo(1);
        assertThat(links.all()).as(where + ": berjualan in Jambi").extracting(l -> l.getAttribute("href"))
            .containsExactly(base + "/id/cerita/" + DONUT_STORY + "/");
        violations.addAll(axe(page).stream().map(v -> where + " (results open): " + v).toList());
        provinces.locator("label", new Locator.LocatorOptions().setHasText("Jambi")).click();

        input.fill("qwzxplkv");
        page.waitForFunction("() => /tidak ditemukan/.test(document.querySelector('#search .pagefind-ui__message')"
                + "?.textContent || '')");
        assertThat(message.textContent()).as(where).contains("qwzxplkv tidak ditemukan");
        assertThat(links.count()).isZero();
        input.fill("");
    }

    /**
     * Opens the filter group with its summary, as a visitor does. The UI re-renders the group while its counts load,
     * which can close it again right after the click (seen once on a loaded CI machine), so it looks and tries again.
     */
    private static void openFilterGroup(Locator group, Locator option) {
        for (int attempt = 0; attempt < 5 && !option.isVisible(); attempt++) {
            group.locator("summary").click();
            try {
                option.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(2_000));
            }
            catch (com.microsoft.playwright.TimeoutError closedAgain) {
                // the next attempt clicks the summary again
            }
        }
    }

    /**
     * Waits until the message counts the results for the word and every counted result has its link (the UI loads
     * them one by one); gives the count.
     */
    private static int awaitResults(Page page, String word, int atLeast, int atMost) {
        page.waitForFunction("([word, atLeast, atMost]) => { const m = (document.querySelector('#search .pagefind-ui__message')"
                + "?.textContent || '').match(new RegExp('Ditemukan (\\\\d+) hasil untuk ' + word));"
                + " return m && +m[1] >= atLeast && +m[1] <= atMost && document.querySelectorAll('#search .pagefind-ui__result-link').length"
                + " === Math.min(+m[1], 5); }", List.of(word, atLeast, atMost));
        return page.locator("#search .pagefind-ui__result-link").count();
    }

    private static List<String> axe(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(Paths.get("target/npm/axe-core/package/axe.min.js")
            .toAbsolutePath()));
        Object result = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', "
                + "values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})).violations.map(v => v.id + ': ' + v.help"
                + " + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

}
