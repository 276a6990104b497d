package id.cerita.workflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * The editorial path in a real browser with two people signed in at once: Sari writes, Budi reviews. Draft, review,
 * changes requested (with a paragraph comment), approval, publication, a correction that leaves the published text
 * up, and unpublication; no step breaks the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class WorkflowBrowserTests {

    static final String PASSWORD = "kata-sandi-panjang-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void takesAStoryFromDraftToPublishedAndBackWithAWriterAndAnEditor(@LocalServerPort int port,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        SystemActor.run(() -> {
            for (var account : List.of(Map.entry("sari", Role.WRITER), Map.entry("budi", Role.EDITOR))) {
                users.create(account.getKey(), account.getKey(), PASSWORD, EnumSet.of(account.getValue()));
            }
        });
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Vita, penata rias dari Gorontalo");
        String storyPath = "/workflow/stories/" + story.id();

        try (BrowserSession browser = new BrowserSession("http://127.0.0.1:" + port)) {
            Page sari = browser.signIn("sari", PASSWORD);
            assertThat(sari).hasURL(Pattern.compile(".*/dashboard$"));
            sari.locator("#my-drafts a", new Page.LocatorOptions().setHasText("Vita, penata rias")).click();
            assertThat(sari.locator("#status")).hasAttribute("data-status", "DRAFT");
            sari.locator("#take-lock").click();
            sari.locator("#step-submit").click();
            assertThat(sari.locator("#status")).hasAttribute("data-status", "IN_REVIEW");
            // the writer is not offered approval of her own story
            assertThat(sari.locator("#step-approve")).hasCount(0);
            assertThat(sari.locator("#status")).hasAttribute("data-status", "IN_REVIEW");

            Page budi = browser.signIn("budi", PASSWORD);
            budi.locator("#to-review a", new Page.LocatorOptions().setHasText("Vita, penata rias")).click();
            budi.locator("#to-workflow").click();
            assertThat(budi.locator("#lock-warning")).containsText("sari sedang menyunting");
            budi.locator("#comment-0").fill("Sebutkan tahun lulusnya");
            budi.locator("#paragraph-0 button[type=submit]").last().click();
            assertThat(budi.locator("#paragraph-0 .comment")).containsText("Sebutkan tahun lulusnya");
            budi.locator("#request-changes-reason").fill("Lengkapi paragraf pertama");
            budi.locator("#step-request-changes").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "CHANGES_REQUESTED");

            sari.navigate(browser.url("/dashboard"));
            sari.locator("#changes-requested a").first().click();
            assertThat(sari.locator("#change-reason")).hasText("Lengkapi paragraf pertama");
            sari.locator("a[href$='" + storyPath + "']").first().click();
            sari.locator("#body").fill("Vita lulus kuliah pada 2020, saat pandemi.\n\nIa mengikuti pelatihan.");
            sari.locator("#save-text").click();
            assertThat(sari.locator(".notice")).containsText("revisi baru");
            sari.locator("#step-submit").click();
            assertThat(sari.locator("#status")).hasAttribute("data-status", "IN_REVIEW");

            budi.navigate(browser.url(storyPath));
            budi.locator("#compare").click();
            assertThat(budi.locator("#diff ins", new Page.LocatorOptions().setHasText("2020"))).hasCount(1);
            budi.locator("#step-approve").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "APPROVED");
            budi.locator("#step-publish").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "PUBLISHED");
            assertThat(budi.locator("#live")).hasText("ya (revisi 2)");

            sari.navigate(browser.url(storyPath));
            sari.locator("#title").fill("Vita, penata rias dari Kota Gorontalo");
            sari.locator("#save-text").click();
            assertThat(sari.locator("#status")).hasAttribute("data-status", "DRAFT");
            // the approved text stays up while the correction goes through review
            assertThat(sari.locator("#live")).hasText("ya (revisi 2)");

            budi.navigate(browser.url(storyPath));
            budi.locator("#unpublish-reason").fill("Alumni meminta cerita ditarik");
            budi.locator("#step-unpublish").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "UNPUBLISHED");
            assertThat(budi.locator("#live")).hasText("tidak");

            assertThat(browser.consoleErrors).isEmpty();
        }
        assertThat(stories.require(story.id()).live()).isFalse();
    }
}
