package id.cerita.press.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import id.cerita.common.SystemActor;
import id.cerita.media.MediaDescription;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryQuery;
import id.cerita.search.StorySearch;
import id.cerita.story.Audience;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.testsupport.TestDatabases;
import id.cerita.web.BrowserTestSupport;

/**
 * A journalist on the demo newsroom, in real Chromium: signs in, lands in the press room, narrows the stories by
 * province, regency and theme with the facet links, opens a story, sees its photo, outcomes and quotes, downloads
 * its kit; on a desktop, on a 390 px phone and in English. Their browser session also reads the API, without a
 * Basic challenge, and cannot write through it without the CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "server.address=127.0.0.1", "cerita.search.catch-up-interval=1s" })
@ActiveProfiles("demo")
class PressRoomBrowserTests {

    /** The demo accounts' password (application-demo.properties). */
    private static final String PASSWORD = "cerita-demo";
    private static final String VITA = "vita-sarjana-pandemi-jadi-penata-rias-di-gorontalo";

    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    String baseUrl;
    Story vita;

    @BeforeEach
    void aPhotoOnVitasStoryAndTheDemoIndexed(@LocalServerPort int port, @Autowired Stories stories,
            @Autowired MediaIntake intake, @Autowired MediaLibrary library, @Autowired StoryImageLinks links,
            @Autowired StorySearch search) {
        baseUrl = "http://127.0.0.1:" + port;
        vita = stories.bySlug(VITA).orElseThrow();
        if (links.of(vita.id()).allMediaIds().isEmpty()) {
            SystemActor.run(() -> {
                var asset = intake.accept(TestPhotos.jpeg(1200, 800), "image/jpeg", "salon.jpg", "budi").asset();
                library.describe(asset.id(), asset.version(), new MediaDescription("Meja rias dan kuas di salon Vita",
                        "Meja rias di salon Vita, Kota Gorontalo", "Budi Santoso", "Program Cerita", Set.of()), "budi");
                links.chooseLead(vita.id(), asset.id(), "budi");
            });
        }
        SearchScope press = new SearchScope.Outside(Audience.PRESS);
        await().atMost(Duration.ofSeconds(120)).until(() -> search.search(StoryQuery.text(null), press).hits()
            .stream().anyMatch(h -> h.slug().equals(VITA))
                && search.search(StoryQuery.text(null), press).total() >= 10);
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({ "id, 1280, 900", "id, 390, 844", "en, 390, 844", "en, 1280, 900" })
    void aJournalistNarrowsTheStoriesOpensOneAndDownloadsItsKit(String language, int width, int height)
            throws Exception {
        Page page = browser.newPage(baseUrl);
        page.setViewportSize(width, height);
        // the address the README gives: the sign-in form, then the press room (it used to end on a 403)
        page.navigate("/");
        if (language.equals("en")) {
            BrowserTestSupport.switchLanguage(page, "English");
            page.waitForURL(url -> url.contains("lang=en"));
        }
        page.locator("#username").fill("jurnalis");
        page.locator("#password").fill(PASSWORD);
        page.locator("#main form button[type=submit]").click();

        page.waitForURL(url -> url.endsWith("/press"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        assertNoHorizontalScrolling(page);
        assertThat(menuLinks(page)).containsExactly("/press", "/press/alerts");
        assertThat(page.locator(".site-header .lang a").count()).isEqualTo(2);
        assertThat(page.locator(".site-header form.logout button").isVisible()).isTrue();
        long all = count(page.locator("#facet-province li").first());

        facet(page, "province", "Gorontalo").click();
        page.waitForURL(url -> url.contains("province=75"));
        assertThat(page.locator("#facet-province a[aria-current=true]").count()).isEqualTo(1);
        facet(page, "regency", "Kota Gorontalo").click();
        page.waitForURL(url -> url.contains("regency=75.71"));
        // theme names follow the reader's language (the index keeps the Indonesian ones)
        Locator theme = facet(page, "theme", language.equals("en") ? "Makeup" : "Tata Rias");
        long makeup = count(theme);
        theme.click();
        page.waitForURL(url -> url.contains("theme=tata-rias"));
        assertThat(page.locator(".finder-hits > li").count()).isEqualTo((int) makeup).isPositive();
        assertThat(makeup).isLessThanOrEqualTo(all);
        assertThat(page.locator(".finder-chosen li").count()).isEqualTo(3);
        assertNoHorizontalScrolling(page);

        // switching language keeps the narrowed search, and switching back too
        String other = language.equals("en") ? "Indonesia" : "English";
        BrowserTestSupport.switchLanguage(page, other);
        assertThat(page.url()).contains("province=75").contains("regency=75.71").contains("theme=tata-rias");
        assertThat(page.locator(".finder-chosen li").count()).isEqualTo(3);
        assertThat(page.locator(".finder-hits > li").count()).isEqualTo((int) makeup);
        BrowserTestSupport.switchLanguage(page, language.equals("en") ? "English" : "Indonesia");
        assertThat(page.locator(".finder-chosen li").count()).isEqualTo(3);

        // the lead photo sits beside the hit: a journalist sees which stories come with a picture
        Locator thumbnail = page.locator(".finder-hits li.with-photo")
            .filter(new Locator.FilterOptions().setHasText("Vita, Sarjana")).locator("img.hit-photo");
        thumbnail.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
        assertThat(thumbnail.getAttribute("src")).contains("/files/card.jpg");

        // the Indonesian story (its English translation is a hit of its own)
        page.locator(".finder-hits h2 a").filter(new Locator.FilterOptions().setHasText("Vita, Sarjana")).click();
        page.waitForURL(url -> url.endsWith("/press/stories/" + VITA));
        assertNoHorizontalScrolling(page);
        assertThat(page.locator("#story-status").textContent()).isEqualTo(language.equals("en") ? "Published" : "Terbit");
        Locator photo = page.locator(".press-photo img").first();
        photo.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
        assertThat(page.locator(".press-photo figcaption").first().textContent()).contains("Meja rias di salon Vita")
            .contains("Budi Santoso");
        assertThat(page.locator(".press-outcomes").textContent())
            .contains(language.equals("en") ? "Opened a business" : "Membuka usaha");
        assertThat(page.locator(".press-quote").first().textContent()).contains("Hengki Sihombing");
        assertThat(page.locator(".kit-contents li").count()).isGreaterThanOrEqualTo(4);

        Download download = page.waitForDownload(() -> page.locator("#download-press-kit").click());
        byte[] zip = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOf(zip, 4)).containsExactly('P', 'K', 3, 4);
        try (ZipFile kit = new ZipFile(download.path().toFile())) {
            assertThat(kit.getEntry("manifest.json")).isNotNull();
        }
        page.context().close();
    }

    @Test
    void theJournalistsSessionReadsTheApiWithoutABasicChallengeButWritesNeedTheCsrfToken() {
        Page page = browser.newPage(baseUrl);
        APIResponse anonymous = page.context().request().get("/api/search/stories?q=vita");
        assertThat(anonymous.status()).isEqualTo(401);

        BrowserTestSupport.signIn(page, "jurnalis", PASSWORD);
        APIResponse found = page.context().request().get("/api/search/stories?q=vita");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.headers()).doesNotContainKey("www-authenticate");
        assertThat(found.text()).contains(VITA).doesNotContain("\"status\":\"DRAFT\"");
        APIResponse related = page.context().request().get("/api/search/stories/" + vita.id() + "/related",
                RequestOptions.create().setTimeout(60_000));
        assertThat(related.status()).isEqualTo(200);
        APIResponse kit = page.context().request().get("/api/stories/" + vita.id() + "/press-kit",
                RequestOptions.create().setTimeout(60_000));
        assertThat(kit.status()).isEqualTo(200);
        assertThat(kit.headers().get("content-type")).contains("zip");
        // the working copies stay the newsroom's, session or not
        assertThat(page.context().request().get("/api/stories/" + vita.id()).status()).isEqualTo(403);

        // a write riding on the session cookie alone (what a cross-site form could make the browser send) is refused
        APIResponse forged = page.context().request().post("/api/media", RequestOptions.create()
            .setMultipart(FormData.create().set("file", "x")));
        assertThat(forged.status()).isEqualTo(403);
        String token = page.locator("meta[name=_csrf]").getAttribute("content");
        String header = page.locator("meta[name=_csrf_header]").getAttribute("content");
        APIResponse withToken = page.context().request().post("/api/media", RequestOptions.create()
            .setHeader(header, token).setMultipart(FormData.create().set("file", "x")));
        assertThat(withToken.status()).isNotIn(401, 403);
        page.context().close();
    }

    @Test
    void theForbiddenPageLeadsBackToTheJournalistsHome() {
        Page page = browser.newPage(baseUrl);
        BrowserTestSupport.signIn(page, "jurnalis", PASSWORD);
        assertThat(page.navigate("/dashboard").status()).isEqualTo(403);
        page.locator("#error-home").click();
        page.waitForURL(url -> url.endsWith("/press"));
        page.context().close();
    }

    @Test
    void passesTheAccessibilityRulesOnThePressRoomAndAStoryInBothLanguagesAndWidths() {
        Page page = browser.newAuditPage(baseUrl);
        BrowserTestSupport.signIn(page, "jurnalis", PASSWORD);
        for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
            page.setViewportSize(size[0], size[1]);
            for (String language : List.of("id", "en")) {
                for (String path : List.of("/press", "/press?province=75&regency=75.71&q=rias",
                        "/press/stories/" + VITA)) {
                    page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    assertThat(BrowserTestSupport.accessibilityViolations(page))
                        .as(path + " " + language + " " + size[0]).isEmpty();
                }
            }
        }
        page.context().close();
    }

    private static Locator facet(Page page, String facet, String label) {
        return page.locator("#facet-" + facet + " a").filter(new Locator.FilterOptions()
            .setHas(page.locator(".facet-label").getByText(label, new Locator.GetByTextOptions().setExact(true))));
    }

    private static long count(Locator facetLink) {
        return Long.parseLong(facetLink.locator(".count").textContent().strip());
    }

    private static List<String> menuLinks(Page page) {
        return page.locator(".main-nav ul a").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    private static void assertNoHorizontalScrolling(Page page) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(wider).as("horizontal scrolling on " + page.url()).isEqualTo(false);
    }

}
