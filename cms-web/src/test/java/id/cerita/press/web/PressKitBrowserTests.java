package id.cerita.press.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryQuery;
import id.cerita.search.StorySearch;
import id.cerita.story.Audience;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * A journalist in real headless Chromium finds a story in the press room, opens it and downloads its kit; an
 * anonymous visitor and a writer are refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class PressKitBrowserTests {

    private static final Path CHROMIUM = Path.of(System.getProperty("cerita.chromium", "/usr/bin/chromium"));
    private static final String PASSWORD = "rahasia-uji-1234";

    static Playwright playwright;
    static Browser browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeAll
    static void chromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install -y chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
            .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String baseUrl;
    Story story;

    @BeforeEach
    void storyAndPeople(@LocalServerPort int port, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired StaffUsers users, @Autowired StorySearch search) {
        baseUrl = "http://127.0.0.1:" + port;
        story = new PressStories(stories, courses, alumni).published("Vita membuka salon rias di Kota Gorontalo");
        // the press room finds stories through the search index, which follows the database shortly after
        await().atMost(Duration.ofSeconds(90)).until(() -> search.search(StoryQuery.text(null),
                new SearchScope.Outside(Audience.PRESS)).hits().stream().anyMatch(h -> h.slug().equals(story.slug().value())));
        if (users.find("wartawan").isEmpty()) {
            SystemActor.run(() -> {
                users.create("wartawan", "Wartawan Gema Sulawesi", PASSWORD, Set.of(Role.JOURNALIST));
                users.create("penulis", "Penulis Tim Komunikasi", PASSWORD, Set.of(Role.WRITER));
            });
        }
    }

    @Test
    void aJournalistFindsAStoryAndDownloadsItsKit() throws Exception {
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            page.navigate("/press");
            signIn(page, "wartawan");
            page.waitForURL(url -> url.contains("/press"));

            page.getByText("Vita membuka salon rias di Kota Gorontalo").click();
            page.waitForURL(url -> url.endsWith("/press/stories/" + story.slug().value()));
            assertThat(page.locator("#release-line").textContent()).isEqualTo("UNTUK SEGERA DIPUBLIKASIKAN");
            Download download = page.waitForDownload(() -> page.locator("#download-press-kit").click());

            assertThat(download.suggestedFilename()).isEqualTo("siaran-pers-" + story.slug().value() + ".zip");
            Path zip = download.path();
            try (ZipFile kit = new ZipFile(zip.toFile())) {
                assertThat(kit.getEntry("manifest.json")).isNotNull();
                assertThat(kit.getEntry("id/siaran-pers.pdf").getSize()).isGreaterThan(10_000);
                assertThat(kit.getEntry("id/ninjs.json")).isNotNull();
            }
        }
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndTheApiAnswersUnauthorised() {
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            page.navigate("/press/stories/" + story.slug().value());
            assertThat(page.url()).endsWith("/login");

            APIResponse api = context.request().get("/api/stories/" + story.id() + "/press-kit",
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(api.status()).isEqualTo(401);
            APIResponse download = context.request().get("/press/stories/" + story.slug().value() + "/press-kit",
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(download.status()).isEqualTo(302);
            assertThat(download.headers().get("location")).endsWith("/login");
        }
    }

    @Test
    void aWriterWithoutPressRightsIsRefused() {
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, "penulis");

            Response response = page.navigate("/press/stories/" + story.slug().value());
            assertThat(response.status()).isEqualTo(403);
            APIResponse download = context.request().get("/press/stories/" + story.slug().value() + "/press-kit",
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(download.status()).isEqualTo(403);
            assertThat(download.headers().get("content-type")).doesNotContain("zip");
        }
    }

    private BrowserContext context() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
            .setAcceptDownloads(true).setLocale("id-ID"));
        context.setDefaultTimeout(20_000);
        return context;
    }

    private static void signIn(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
