package id.cerita.course.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.gathering.Gathering;
import id.cerita.gathering.GatheringDetails;
import id.cerita.gathering.Gatherings;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/** The reference data pages and the story editor with a picker open pass axe-core's WCAG 2.1 A/AA rules, in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceDataAccessibilityBrowserTests {

    private static final String PASSWORD = "kata-sandi-editor-1";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void passesTheAutomatedAccessibilityRulesOnTheReferenceDataPagesAndTheOpenPicker(@LocalServerPort int port,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired Gatherings gatherings) {
        SystemActor.run(() -> {
            users.create("dewi", "Dewi Editor", PASSWORD, EnumSet.of(Role.EDITOR));
            users.create("rudi", "Rudi Admin", PASSWORD, EnumSet.of(Role.ADMIN));
        });
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Kisah Vita di Gorontalo");
        TrainingCourse course = courses.course(story.courseIds().iterator().next()).orElseThrow();
        Gathering gathering = SystemActor.call(() -> gatherings.plan(new GatheringDetails(null, "75.71", "Aula Kota",
                LocalDate.of(2024, 6, 5), "Dua puluh alumni hadir"), SystemActor.NAME));
        new StoryFixtures(stories, courses, alumni).aCourse("kuliner");
        TrainingCourse archived = new StoryFixtures(stories, courses, alumni).aCourse("kuliner");
        SystemActor.run(() -> courses.archiveCourse(archived.id(), SystemActor.NAME));

        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(page, "dewi", PASSWORD);
        for (String lang : new String[] { "id", "en" }) {
            for (String path : new String[] { "/courses", "/courses?includeArchived=true", "/courses/new",
                    "/courses/" + course.id(), "/providers", "/providers/new", "/providers/" + course.providerId(),
                    "/gatherings", "/gatherings/new", "/gatherings/" + gathering.id() }) {
                page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(BrowserTestSupport.accessibilityViolations(page)).as(path + " " + lang).isEmpty();
            }
            page.navigate("/stories/" + story.id() + "?lang=" + lang);
            page.locator("#f-courseIds-search").focus();
            page.keyboard().type("strategi");
            assertThat(page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION)).hasCount(1);
            page.keyboard().press("ArrowDown");
            assertThat(BrowserTestSupport.accessibilityViolations(page)).as("editor with the course picker open " + lang).isEmpty();
        }
        page.context().close();

        Page admin = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(admin, "rudi", PASSWORD);
        for (String path : new String[] { "/admin/themes", "/admin/themes?lang=en" }) {
            admin.navigate(path);
            assertThat(BrowserTestSupport.accessibilityViolations(admin)).as(path).isEmpty();
        }
        admin.context().close();
    }
}
