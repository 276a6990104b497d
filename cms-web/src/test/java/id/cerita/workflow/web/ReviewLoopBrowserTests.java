package id.cerita.workflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * The review loop end to end, with visible controls only: a writer writes a story with a photo added in the editor
 * and submits it; an editor reads it as it will be published, asks for changes with a reason and a comment on a
 * paragraph; the writer sees both, fixes and resubmits; the editor approves and publishes. Counts what writing a full
 * story with one photo costs the writer, on a desktop and on a 390 px phone, in Indonesian and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("demo")
class ReviewLoopBrowserTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    static final int MAX_CLICKS = 25;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    /** Clicks and typed fields of one person's task. */
    static final class Effort {
        int clicks;
        int typed;

        void click(Locator control) {
            control.click();
            clicks++;
        }

        /** The main menu, its button pressed (and counted) first where a phone folds it. */
        Locator menu(Page page) {
            page.waitForLoadState(LoadState.DOMCONTENTLOADED); // cerita.js folds the menu before this
            Locator toggle = page.locator("nav.main-nav .menu-toggle");
            if (toggle.isVisible() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                click(toggle);
            }
            return page.locator("nav.main-nav");
        }

        void type(Locator field, String text) {
            field.fill(text);
            typed++;
        }

        void choose(Locator select, String value) {
            select.selectOption(value);
            clicks++;
        }

        /** A search-as-you-type field: into it, a few letters, then the first match with the arrow and Enter. */
        void pick(Page page, Locator combobox, String query, String expected) {
            click(combobox);
            page.keyboard().type(query);
            typed++;
            assertThat(page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION).first()).containsText(expected);
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            clicks++;
        }
    }

    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({ "1280, 900, id", "390, 844, id", "1280, 900, en", "390, 844, en" })
    void takesAStoryWithAPhotoThroughChangesRequestedToPublished(int width, int height, String lang,
            @LocalServerPort int port, @Autowired StaffUsers users) throws Exception {
        boolean english = "en".equals(lang);
        String key = UUID.randomUUID().toString().substring(0, 6);
        String writer = "penulis-" + key;
        String editor = "editor-" + key;
        SystemActor.run(() -> {
            users.create(writer, "Sari " + key, PASSWORD, EnumSet.of(Role.WRITER));
            users.create(editor, "Budi " + key, PASSWORD, EnumSet.of(Role.EDITOR));
        });
        // from the demo data: Vita (who consented to everything) and the course she took
        String course = "Strategi Digital Marketing";
        Path photo = Files.createTempFile("vita", ".jpg");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "jpg", photo.toFile());
        String title = "Vita merias pengantin di Gorontalo " + key;
        String reason = "Sebutkan tahun Vita mulai usaha " + key;
        String comment = "Tahun berapa? " + key;

        try (BrowserSession browser = new BrowserSession("http://127.0.0.1:" + port)) {
            Page sari = browser.signIn(writer, PASSWORD);
            sari.setViewportSize(width, height);
            Effort writing = new Effort();
            writing.click(sari.locator("a[href='?lang=" + lang + "']").first());
            assertThat(sari.locator("html")).hasAttribute("lang", lang);
            writing.click(writing.menu(sari).locator("a[href$='/stories']"));
            writing.click(sari.locator("a[href$='/stories/new']"));
            writing.type(sari.locator("#f-title"), title);
            writing.type(sari.locator("#f-summary"), "Dari penata rias rumahan menjadi usaha rias pengantin.");
            writing.type(sari.locator("#f-body"), "Vita lulus kuliah saat pandemi.\n\nIa mengikuti pelatihan.");
            writing.pick(sari, sari.locator("#f-alumnusId-search"), "vita imam", "Vita Imam Matus Sholekhah");
            writing.choose(sari.locator("#f-province"), "75");
            assertThat(sari.locator("#f-regionCode option[value='75.71']")).hasCount(1);
            writing.choose(sari.locator("#f-regionCode"), "75.71");
            writing.pick(sari, sari.locator("#f-courseIds-search"), course.toLowerCase(), course);
            writing.choose(sari.locator("#outcome-0-kind"), "MONTHLY_REVENUE");
            writing.type(sari.locator("#outcome-0-description"), "Omzet rias pengantin");
            writing.type(sari.locator("#outcome-0-amount"), "12,5 juta");
            writing.type(sari.locator("#outcome-0-source"), "Wawancara");
            sari.locator("#f-photo").setInputFiles(photo);
            writing.typed++;
            writing.type(sari.locator("#f-photoAlt"), "Vita merias pengantin di depan cermin");
            writing.type(sari.locator("#f-photoCaption"), "Vita di studionya di Kota Gorontalo");
            writing.click(sari.locator("#save"));
            assertThat(sari.locator(".notice.success")).isVisible();
            assertThat(sari.locator("#story-photos img")).hasCount(1);
            assertThat(sari.locator("#outcome-0-amount")).hasValue(english ? "Rp12,500,000" : "Rp12.500.000");
            writing.click(sari.locator("#step-submit"));
            assertThat(sari.locator(".notice.success")).isVisible();
            System.out.printf("Writing a full story with one photo and submitting it (%dx%d, %s): %d clicks, %d typed fields%n",
                    width, height, lang, writing.clicks, writing.typed);
            assertThat(writing.clicks).isLessThanOrEqualTo(MAX_CLICKS);
            assertNoHorizontalScroll(sari);

            Page budi = browser.signIn(editor, PASSWORD);
            budi.setViewportSize(width, height);
            budi.locator("a[href='?lang=" + lang + "']").first().click();
            budi.locator("#to-review a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(budi.locator(".rendered #paragraph-0")).containsText("Vita lulus kuliah saat pandemi.");
            assertThat(budi.locator("#fact-alumnus")).containsText("Vita Imam Matus Sholekhah");
            assertThat(budi.locator("#fact-region")).containsText("Kota Gorontalo");
            assertThat(budi.locator(".facts")).containsText(english ? "Rp12,500,000" : "Rp12.500.000");
            assertThat(budi.locator(".review-photos img")).hasAttribute("alt", "Vita merias pengantin di depan cermin");
            assertThat(budi.locator("#step-approve")).isVisible();
            assertNoHorizontalScroll(budi);
            budi.locator("#paragraph-0 summary").click();
            budi.locator("#comment-0").fill(comment);
            budi.locator("#add-comment-0").click();
            assertThat(budi.locator("#paragraph-0 .margin .comment")).containsText(comment);
            budi.locator("#request-changes-reason").fill(reason);
            budi.locator("#step-request-changes").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "CHANGES_REQUESTED");
            assertThat(budi.locator("#status")).hasText(english ? "Changes requested" : "Perlu perbaikan");

            BrowserTestSupport.menu(sari).locator("a[href$='/dashboard']").click();
            assertThat(sari.locator("#changes-requested")).containsText((english
                    ? "returned with changes requested: " : "dikembalikan dengan permintaan perubahan: ") + reason);
            sari.locator("#changes-requested a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(sari.locator("#change-reason")).hasText(reason);
            assertThat(sari.locator("#open-comments")).containsText(comment);
            assertThat(sari.locator("#step-approve")).hasCount(0);
            assertThat(sari.locator("#step-publish")).hasCount(0);
            sari.locator("#f-body").fill("Vita lulus kuliah saat pandemi dan membuka usaha pada 2021.\n\nIa mengikuti pelatihan.");
            sari.locator("#save").click();
            assertThat(sari.locator(".notice.success")).isVisible();
            sari.locator("#step-submit").click();
            assertThat(sari.locator(".notice.success")).isVisible();

            BrowserTestSupport.menu(budi).locator("a[href$='/dashboard']").click();
            budi.locator("#to-review a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(budi.locator(".rendered")).containsText("2021");
            budi.locator("#step-approve").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "APPROVED");
            budi.locator("#step-publish").click();
            assertThat(budi.locator("#status")).hasAttribute("data-status", "PUBLISHED");
            budi.locator("#to-workflow").click();
            assertThat(budi.locator("#live")).hasAttribute("data-live", "true");
            // the comparison covers every field: the photo arrived after the first revision, the body changed
            budi.locator("#compare").click();
            assertThat(budi.locator("#diff-photos ins")).containsText("Vita merias pengantin di depan cermin");
            assertThat(budi.locator("#diff p.body ins", new Page.LocatorOptions().setHasText("2021")).first()).isVisible();
            assertNoHorizontalScroll(budi);

            assertThat(browser.consoleErrors).isEmpty();
        }
        finally {
            Files.deleteIfExists(photo);
        }
    }

    private static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object widest = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                + " > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + page.url() + ": " + widest)
            .isLessThanOrEqualTo(0);
    }
}
