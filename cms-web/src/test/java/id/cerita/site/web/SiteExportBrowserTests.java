package id.cerita.site.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * The admin exports the public site from the CMS and opens what was built, in real Chromium: from the menu, with the
 * visible controls only, on a desktop and a 390 px phone, in Indonesian and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SiteExportBrowserTests {

    private static final String PASSWORD = "kata-sandi-admin-1";
    private static final LocatorAssertions.HasTextOptions EXPORT_TIME = new LocatorAssertions.HasTextOptions()
        .setTimeout(120_000);
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @TempDir
    static Path site;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.site.output-dir", site::toString);
    }

    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({ "1280, 900, id", "390, 844, id", "1280, 900, en" })
    void exportsTheSiteAndOpensTheBuiltStoryPage(int width, int height, String lang, @LocalServerPort int port,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        String admin = "admin" + width + lang;
        SystemActor.run(() -> users.create(admin, "Admin " + lang, PASSWORD, EnumSet.of(Role.ADMIN)));
        String title = "Donat Kentang " + width + " " + lang + " dari Jambi";
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory(title);
        boolean english = lang.equals("en");
        Page page = browser.newPage("http://127.0.0.1:" + port);
        page.setViewportSize(width, height);

        BrowserTestSupport.signIn(page, admin, PASSWORD);
        if (english) {
            BrowserTestSupport.switchLanguage(page, "English");
        }
        BrowserTestSupport.menu(page).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
            .setName(english ? "Public website" : "Situs publik")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(english ? "Full export" : "Ekspor penuh"))
            .click();

        Pattern done = english ? Pattern.compile("Done, build (\\d+), (\\d+) pages, (\\d+) ms")
                : Pattern.compile("Selesai, build (\\d+), (\\d+) halaman, (\\d+) ms");
        assertThat(page.locator("#site-state")).hasText(done, EXPORT_TIME);
        Matcher finished = done.matcher(page.locator("#site-state").textContent());
        assertThat(finished.find()).isTrue();
        String build = finished.group(1);
        assertThat(Integer.parseInt(finished.group(2))).isPositive();
        assertThat(page.locator("#site-build")).containsText(build);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
            .as("no horizontal scrolling on the export page").isEqualTo(true);
        BrowserTestSupport.screenshot(page, "site-export-" + width + "-" + lang);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(english
                ? "Open the live site (build " + build + ")" : "Buka situs yang tayang (build " + build + ")")).click();
        // an automatic export may have replaced that build meanwhile: the link then opens the live one
        page.waitForURL(url -> url.contains("/site/preview/"));
        String opened = page.url().replaceAll(".*/site/preview/(\\d+)/.*", "$1");
        assertThat(Integer.parseInt(opened)).isGreaterThanOrEqualTo(Integer.parseInt(build));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first().click();

        // (and again: a later automatic export sends the story link to the same page of the newer live build)
        page.waitForURL(url -> url.matches(".*/site/preview/\\d+/.*") && url.contains(story.slug().value()));
        assertThat(page.locator("h1")).hasText(title);
        page.context().close();
    }

    @Test
    void passesTheAccessibilityRulesOnTheExportPageAndTheAuditLogInBothLanguages(@LocalServerPort int port,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        SystemActor.run(() -> users.create("rudi", "Rudi Admin", PASSWORD, EnumSet.of(Role.ADMIN)));
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Florist dari Lubuklinggau");
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(page, "rudi", PASSWORD);
        for (String path : new String[] { "/site", "/admin/audit", "/site?lang=en", "/admin/audit?lang=en" }) {
            page.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(page)).as(path).isEmpty();
        }
        page.setViewportSize(390, 844);
        for (String path : new String[] { "/admin/audit?lang=id", "/site" }) {
            page.navigate(path);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as(path + " at 390 px").isEqualTo(true);
        }
        page.context().close();
    }
}
