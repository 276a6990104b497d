package id.cerita.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * Real headless Chromium (the Debian /usr/bin/chromium, no browser download) for end-to-end UI tests, one per test
 * class: {@code @RegisterExtension static final BrowserTestSupport browser = BrowserTestSupport.perClass();} starts it
 * before the class's own {@code @BeforeAll} methods and closes it after the last test. Each test gets fresh contexts
 * (cookies) from it.
 */
public final class BrowserTestSupport implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final Path CHROMIUM = Paths.get(System.getProperty("cerita.chromium", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Unpacked by the build from the npm package axe-core. */
    public static final Path AXE = Paths.get("target", "npm", "axe-core", "package", "axe.min.js");

    private Playwright playwright;
    private Browser browser;

    private BrowserTestSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Not started yet: registered as an extension, it starts before the class's tests and closes after them. */
    public static BrowserTestSupport perClass() {
        return new BrowserTestSupport(null, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        BrowserTestSupport started = start();
        playwright = started.playwright;
        browser = started.browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            close();
            playwright = null;
            browser = null;
        }
    }

    public static BrowserTestSupport start() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install -y chromium");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(CHROMIUM)
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new BrowserTestSupport(playwright, browser);
    }

    /** A fresh browser profile (no cookies) against the application at {@code baseUrl}. */
    public Page newPage(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
            .setViewportSize(1280, 900).setLocale("id-ID"));
        context.setDefaultTimeout(15_000);
        // A shared 2-core machine can take a while to paint a first page; waiting longer only costs time on failure.
        context.setDefaultNavigationTimeout(60_000);
        return context.newPage();
    }

    /**
     * A fresh profile for accessibility audits: it lets the axe-core script in although the pages' CSP forbids
     * injected scripts. Use {@link #newPage} for everything else, so that CSP violations still show.
     */
    public Page newAuditPage(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
            .setViewportSize(1280, 900).setLocale("id-ID").setBypassCSP(true));
        context.setDefaultTimeout(15_000);
        // A shared 2-core machine can take a while to paint a first page; waiting longer only costs time on failure.
        context.setDefaultNavigationTimeout(60_000);
        return context.newPage();
    }

    /** WCAG 2.1 A/AA violations axe-core finds on the current page, one line each ("rule (impact): selectors"). */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(Page page) {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException("axe-core not unpacked at " + AXE.toAbsolutePath() + " (the build does it)");
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return result.violations.map(v => v.id + ' (' + v.impact + '): '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
    }

    /** A second tab in the same browser profile (same session) as {@code page}. */
    public Page anotherTab(Page page) {
        return page.context().newPage();
    }

    /** Signs in through the login form and waits until the story list shows. */
    public static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Nama pengguna").fill(username);
        page.getByLabel("Kata sandi").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Presses the header's language link ("English", "Indonesia") and waits for the page in that language. */
    public static void switchLanguage(Page page, String name) {
        page.locator("nav.lang").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "English".equals(name) ? "en" : "id");
        // the new page's <html> is there before the rest of it is parsed: counting elements at once may see none
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
    }

    /**
     * The main menu, as a person reaches it: on a phone a staff menu is folded behind its "Menu" button, which this
     * presses first.
     */
    public static Locator menu(Page page) {
        // cerita.js (deferred, so before DOMContentLoaded) folds the menu: ask only once it has run
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        Locator toggle = page.locator("nav.main-nav .menu-toggle");
        if (toggle.isVisible() && "false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        return page.locator("nav.main-nav");
    }

    /** Saves a full-page PNG under target/screenshots, for a human to look at. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
