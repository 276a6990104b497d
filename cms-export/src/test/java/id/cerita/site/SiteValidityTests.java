package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import id.cerita.story.StoryDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;

import nu.validator.client.EmbeddedValidator;

/** The exported site the way its readers' tools see it: the W3C Nu HTML Checker and axe-core in Chromium. */
class SiteValidityTests {

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void export() throws Exception {
        List<StoryDetails> stories = new ArrayList<>(SiteStories.generate(24));
        stories.set(1, SiteStories.edited(stories.get(1), stories.get(1).title(),
                "Halo <script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<img src=x onerror=alert(1)>"));
        new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE)
            .build(new SiteInput("https://cerita.example.id", "Cerita Alumni", stories), root);
        site = root.resolve("current").toRealPath();
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void passesTheNuHtmlCheckerOnEveryPage() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        List<Path> pages = pages();
        for (Path page : pages) {
            String out = validator.validate(page);
            out.lines().filter(l -> l.contains("error:") || l.contains("fatal"))
                .forEach(l -> errors.add(site.relativize(page) + ": " + l));
        }
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(errors).isEmpty();
    }

    @Test
    void hasNoWcag21AaViolationsInChromium() throws Exception {
        Path axe = Paths.get("target/npm/axe-core/package/axe.min.js").toAbsolutePath();
        assertThat(axe).exists();
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), site,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        List<String> violations = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage();
            for (String url : List.of("/", "/halaman/2/", "/id/cerita/cerita-1/", "/id/cerita/cerita-5/",
                    "/en/stories/story-5/", "/provinsi/", "/provinsi/35/", "/tema/kuliner/", "/404.html")) {
                page.navigate(base + url);
                page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
                Object result = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', "
                        + "values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})).violations.map(v => v.id + ': ' + v.help"
                        + " + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
                ((List<?>) result).forEach(v -> violations.add(url + " " + v));
                assertThat(page.title()).isNotBlank();
            }
        }
        finally {
            server.stop(0);
        }
        assertThat(violations).isEmpty();
    }
}
