package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import id.cerita.common.SystemActor;
import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.PasswordLinks;
import id.cerita.user.StaffUsers;

/** The staff pages pass axe-core's WCAG 2.1 A/AA rules in real Chromium, in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffPagesAccessibilityBrowserTests {

    private static final String PASSWORD = "kata-sandi-editor-1";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void passesTheAutomatedAccessibilityRulesOnEveryStaffPage(@LocalServerPort int port, @Autowired StaffUsers users,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        SystemActor.run(() -> users.create("dewi", "Dewi Editor", PASSWORD, EnumSet.of(Role.EDITOR)));
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Kisah Vita di Gorontalo");
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        page.navigate("/login");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).as("/login").isEmpty();
        BrowserTestSupport.signIn(page, "dewi", PASSWORD);
        for (String path : new String[] { "/stories", "/stories/new", "/stories/" + story.id(), "/courses",
                "/providers", "/regions", "/regions/91", "/stories?lang=en", "/stories/" + story.id() + "?lang=en",
                "/alumni", "/alumni/new", "/alumni/" + story.alumnusId(), "/alumni/" + story.alumnusId() + "/edit",
                "/alumni?lang=en", "/alumni/new?lang=en",
                "/alumni/" + story.alumnusId() + "?lang=en",
                "/workflow/stories/" + story.id() + "/review", "/workflow/stories/" + story.id(), "/dashboard",
                "/workflow/stories/" + story.id() + "/review?lang=en", "/workflow/stories/" + story.id() + "?lang=en",
                "/dashboard?lang=en" }) {
            page.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(page)).as(path).isEmpty();
        }
        // and on a 390 px phone, where nothing may scroll sideways
        page.setViewportSize(390, 844);
        for (String path : new String[] { "/stories/" + story.id() + "?lang=id", "/workflow/stories/" + story.id() + "/review",
                "/workflow/stories/" + story.id(), "/stories/" + story.id() + "?lang=en",
                "/workflow/stories/" + story.id() + "/review", "/workflow/stories/" + story.id() }) {
            page.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(page)).as("390 px " + path).isEmpty();
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("horizontal overflow at 390 px on " + path).isLessThanOrEqualTo(0);
        }
        page.context().close();

        SystemActor.run(() -> users.create("rudi", "Rudi Admin", PASSWORD, EnumSet.of(Role.ADMIN)));
        Page admin = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(admin, "rudi", PASSWORD);
        for (String path : new String[] { "/admin/search", "/admin/audit", "/admin/search?lang=en" }) {
            admin.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(admin)).as(path).isEmpty();
        }
        admin.context().close();
    }

    @Test
    void passesTheAutomatedAccessibilityRulesOnTheAccountPages(@LocalServerPort int port, @Autowired StaffUsers users,
            @Autowired PasswordLinks links) {
        SystemActor.run(() -> users.create("adi", "Adi Admin", PASSWORD, EnumSet.of(Role.ADMIN)));
        Page visitor = browser.newAuditPage("http://127.0.0.1:" + port);
        String link = SystemActor.call(() -> links.reset("adi")).path();
        for (String path : new String[] { "/account-request", link, "/set-password/unknown", "/account-request?lang=en",
                link + "?lang=en", "/set-password/unknown?lang=en" }) {
            visitor.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(visitor)).as(path).isEmpty();
        }
        visitor.navigate("/account-request?lang=id");
        visitor.getByLabel("Nama lengkap").fill("Yohana Lestari");
        visitor.getByLabel("Media").fill("Kabar Timur");
        visitor.getByLabel("E-mail").fill("yohana@kabartimur.id");
        visitor.getByLabel("Alasan").fill("Liputan alumni");
        visitor.locator("main form button[type=submit]").click();
        assertThat(BrowserTestSupport.accessibilityViolations(visitor)).as("request sent").isEmpty();
        visitor.context().close();

        Page admin = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(admin, "adi", PASSWORD);
        for (String path : new String[] { "/admin/users", "/profile", "/admin/users?lang=en", "/profile?lang=en" }) {
            admin.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(admin)).as(path).isEmpty();
        }
        admin.navigate("/admin/users?lang=id");
        admin.locator("#new-username").fill("wulan");
        admin.locator("#new-display-name").fill("Wulan Sari");
        admin.locator("#open-account input[value=JOURNALIST]").check();
        admin.locator("#open-account button[type=submit]").click();
        admin.locator("#issued-link").waitFor();
        assertThat(BrowserTestSupport.accessibilityViolations(admin)).as("with a link shown").isEmpty();
        admin.navigate("/profile");
        admin.locator("#token-name").fill("Laptop");
        admin.locator("#tokens input[value=READ_SEARCH]").check();
        admin.locator("#tokens form button[type=submit]").last().click();
        admin.locator("#token-secret").waitFor();
        assertThat(BrowserTestSupport.accessibilityViolations(admin)).as("with a token shown").isEmpty();
        admin.context().close();
    }

    @Test
    void reportsWhatTheAuditIsThereToFind(@LocalServerPort int port) {
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        page.setContent("<!DOCTYPE html><html lang=\"id\"><head><title>x</title></head><body><main>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input id=\"q\"></main></body></html>");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).anyMatch(v -> v.startsWith("image-alt"))
            .anyMatch(v -> v.startsWith("label"));
        page.context().close();
    }
}
