package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import id.cerita.search.IndexStatusService;
import id.cerita.search.StorySearch;
import id.cerita.testsupport.TestDatabases;

/**
 * Every page a signed-in person can reach, on the demo: each link of the menu of an administrator (who sees every
 * staff page) and of a journalist, and from each of those pages the first link of each kind of detail page (a story,
 * an alumnus, a course, a press page…), in Indonesian and English, at 1280 and 390 px: 0 axe-core WCAG 2.1 A/AA
 * violations and nothing scrolling sideways. Swagger UI (not ours) and the built site (checked by the export's own
 * tests) are left out, as are downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "server.address=127.0.0.1", "cerita.search.catch-up-interval=1s" })
@ActiveProfiles("demo")
class EveryPageAccessibilityBrowserTests {

    private static final String PASSWORD = "cerita-demo";
    /** A detail page's kind: its address with identifiers taken out. */
    private static final Pattern ID = Pattern.compile("/[0-9a-f]{8}-[0-9a-f-]{27}|/\\d[\\d.]*(?=/|$)");
    private static final Pattern SKIP = Pattern.compile(
            "^/(api|logout|site/preview|actuator|media/.+/files|css|js)(/|$)|\\.(csv|zip|jpg|png|pdf|docx)$|press-kit|#");
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @ParameterizedTest(name = "{0} in {1} at {2} px")
    @CsvSource({ "admin, id, 1280", "admin, en, 390", "jurnalis, en, 1280", "jurnalis, id, 390", "admin, en, 1280",
        "admin, id, 390" })
    void passesAxeAndFitsThePhoneOnEveryPageOfTheRole(String account, String language, int width,
            @LocalServerPort int port, @Autowired IndexStatusService index, @Autowired StorySearch search) {
        // the journalist's press room lists hits only once the demo is indexed: without them no story page is visited
        DemoIndex.awaitCaughtUp(index, search);
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        page.setViewportSize(width, width < 600 ? 844 : 900);
        BrowserTestSupport.signIn(page, account, PASSWORD);
        page.navigate(page.url().replaceAll("[?#].*$", "") + "?lang=" + language);

        Set<String> menu = new LinkedHashSet<>(links(page, "nav.main-nav a, .site-header a[href='/profile']"));
        menu.removeIf(href -> SKIP.matcher(href).find() || href.startsWith("/api"));
        Map<String, String> details = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String path : menu) {
            check(page, path, problems);
            for (String href : links(page, "main a")) {
                String kind = ID.matcher(href).replaceAll("/{id}").replaceAll("\\?.*$", "");
                if (!SKIP.matcher(href).find() && !menu.contains(href) && !kind.equals(href.replaceAll("\\?.*$", ""))
                        || href.matches("/press/stories/[^/?]+")) {
                    details.putIfAbsent(href.matches("/press/stories/[^/?]+") ? "/press/stories/{slug}" : kind, href);
                }
            }
        }
        for (String path : details.values()) {
            check(page, path, problems);
        }
        // reached by a link on the profile that names no identifier, so the walk above does not pick it up
        check(page, "/profile/second-factor", problems);
        assertThat(menu.size() + details.size()).as("pages visited").isGreaterThan(account.equals("admin") ? 25 : 3);
        assertThat(problems).isEmpty();
        page.context().close();
    }

    private static void check(Page page, String path, List<String> problems) {
        page.navigate(path);
        String at = path + " (" + page.viewportSize().width + " px, " + page.locator("html").getAttribute("lang") + ")";
        BrowserTestSupport.accessibilityViolations(page).forEach(v -> problems.add(at + ": " + v));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add(at + ": scrolls sideways by " + overflow + " px");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Page page, String selector) {
        return ((List<String>) page.evalOnSelectorAll(selector, "as => as.map(a => a.getAttribute('href'))")).stream()
            .filter(h -> h != null && h.startsWith("/")).distinct().toList();
    }
}
