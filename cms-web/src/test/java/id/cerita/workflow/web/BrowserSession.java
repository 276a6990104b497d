package id.cerita.workflow.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium (Debian's, never a downloaded one) with one browser context per signed-in person, collecting
 * every console error (a CSP violation shows up there) and every failed request but the favicon.
 */
final class BrowserSession implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                options.setExecutablePath(Path.of(candidate));
                break;
            }
        }
        this.browser = playwright.chromium().launch(options);
    }

    /** A fresh context (its own cookies) signed in through the login form. */
    Page signIn(String username, String password) {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            // a missing resource is reported below with its address; everything else (CSP violations included) here
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(username + ": " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                consoleErrors.add(username + ": " + r.status() + " " + r.url());
            }
        });
        page.navigate(baseUrl + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    String url(String path) {
        return baseUrl + path;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
