package id.cerita.course.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * A writer adds a provider and a course from the UI, then writes a story and picks that course and an existing
 * alumnus in the search-as-you-type fields with the keyboard alone; an archived course is never offered. On a
 * desktop, on a 390 px phone, and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceDataBrowserTests {

    private static final String PASSWORD = "kata-sandi-penulis-1";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    private String baseUrl;
    private String archivedTitle;

    /** The screen size and language of one run, with the texts the writer sees in that language. */
    enum Run {
        DESKTOP_ID(1280, 900, false), PHONE_ID(390, 844, false), DESKTOP_EN(1280, 900, true);

        final int width;
        final int height;
        final boolean english;

        Run(int width, int height, boolean english) {
            this.width = width;
            this.height = height;
            this.english = english;
        }

        String t(String indonesian, String inEnglish) {
            return english ? inEnglish : indonesian;
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeEach
    void setUp(@LocalServerPort int port, @Autowired StaffUsers users, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) {
        baseUrl = "http://127.0.0.1:" + port;
        archivedTitle = "Kursus Menjahit Arsip Lama";
        if (users.find("penulis").isEmpty()) {
            SystemActor.run(() -> users.create("penulis", "Penulis Uji", PASSWORD, EnumSet.of(Role.WRITER)));
            StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
            fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class));
            TrainingCourse old = fixtures.aCourse("kerajinan");
            SystemActor.run(() -> {
                TrainingCourse renamed = courses.reviseCourse(old.id(), new id.cerita.course.CourseDetails(archivedTitle,
                        "kerajinan", old.skillType(), old.delivery(), old.providerId()), SystemActor.NAME);
                courses.archiveCourse(renamed.id(), SystemActor.NAME);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Run.class)
    void writerAddsAProviderAndACourseThenPicksThemWithTheKeyboardInANewStory(Run run) {
        Page page = browser.newPage(baseUrl);
        page.setViewportSize(run.width, run.height);
        List<String> problems = watch(page);
        BrowserTestSupport.signIn(page, "penulis", PASSWORD);
        if (run.english) {
            BrowserTestSupport.switchLanguage(page, "English");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
        String provider = "LPK Rias Nusantara " + run.name();
        String course = "Rias Pengantin Sunda " + run.name();

        BrowserTestSupport.menu(page)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(run.t("Lembaga pelatihan", "Training providers")).setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(run.t("Tambah lembaga", "Add provider"))).click();
        fitsTheScreen(page, "provider form");
        page.getByLabel(run.t("Nama lembaga", "Provider name")).fill(provider);
        page.getByLabel(run.t("Kota", "City"), new Page.GetByLabelOptions().setExact(true)).fill("Bandung");
        page.getByLabel(run.t("Situs web", "Website")).fill("https://rias.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(run.t("Simpan", "Save"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(provider);
        fitsTheScreen(page, "providers");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(run.t("Tambah pelatihan: ", "Add course: ") + provider)).click();
        assertThat(page.getByLabel(run.t("Lembaga pelatihan", "Training provider"), new Page.GetByLabelOptions().setExact(true)))
            .not().hasValue("");
        page.getByLabel(run.t("Judul pelatihan", "Course title")).fill(course);
        page.getByLabel(run.t("Tema", "Theme"), new Page.GetByLabelOptions().setExact(true))
            .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(run.t("Kecantikan", "Beauty")));
        page.getByLabel(run.t("Jenis keterampilan", "Kind of skill")).selectOption("HARD");
        page.getByLabel(run.t("Cara belajar", "Delivery")).selectOption("OFFLINE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(run.t("Simpan", "Save"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(course);
        assertThat(page.locator("table.list")).containsText(course);
        assertThat(page.locator("table.list")).not().containsText(archivedTitle);
        fitsTheScreen(page, "courses");

        BrowserTestSupport.menu(page)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(run.t("Cerita", "Stories")).setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(run.t("Tulis cerita baru", "Write a new story"))).click();
        page.getByLabel(run.t("Judul", "Title"), new Page.GetByLabelOptions().setExact(true)).fill("Riasan pengantin dari Bandung " + run.name());
        page.getByLabel(run.t("Ringkasan", "Summary")).fill("Dari kamar rias di rumah menjadi usaha rias pengantin.");
        page.getByLabel(run.t("Isi (Markdown)", "Body (Markdown)")).fill("Vita belajar merias pengantin.");
        page.getByLabel(run.t("Provinsi", "Province")).selectOption("75");
        assertThat(page.locator("#f-regionCode option[value='75.71']")).hasCount(1);
        page.getByLabel(run.t("Kabupaten/kota", "Regency/city")).selectOption("75.71");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(run.t("Tambah alumni baru", "Add a new alumnus"))))
            .hasAttribute("href", Pattern.compile(".*/alumni/new\\?returnTo=.*stories.*new"));

        Locator courses = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(run.t("Pelatihan yang diikuti", "Courses taken")));
        courses.focus();
        page.keyboard().type("menjahit arsip");
        assertThat(page.locator(".picker-status").last()).hasText(run.t("Tidak ada hasil.", "No results."));
        assertThat(page.getByRole(AriaRole.LISTBOX)).hasCount(0);
        page.keyboard().press("Control+A");
        page.keyboard().press("Backspace");
        page.keyboard().type(course.toLowerCase());
        Locator options = page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION);
        assertThat(options).hasCount(1);
        assertThat(options.first()).containsText(course);
        assertThat(options.first()).containsText(provider);
        assertThat(courses).hasAttribute("aria-expanded", "true");
        BrowserTestSupport.screenshot(page, "picker-open-" + run.name().toLowerCase());
        page.keyboard().press("ArrowDown");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        assertThat(courses).hasAttribute("aria-activedescendant", options.first().getAttribute("id"));
        page.keyboard().press("Enter");
        assertThat(courses).hasAttribute("aria-expanded", "false");
        assertThat(page.locator(".picker-chosen")).containsText(course);

        Locator alumnus = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(run.t("Alumni", "Alumnus")).setExact(true));
        alumnus.focus();
        page.keyboard().type("vita imam");
        assertThat(page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION).first()).containsText("Vita Imam Matus Sholekhah");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Escape");
        assertThat(alumnus).hasAttribute("aria-expanded", "false");
        page.keyboard().press("ArrowDown");
        assertThat(page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION).first()).containsText("Vita Imam Matus Sholekhah");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(alumnus).hasValue(Pattern.compile("Vita Imam Matus Sholekhah.*"));
        fitsTheScreen(page, "editor");

        page.locator("#save").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(run.t("Cerita tersimpan", "Story saved"));
        assertThat(page).hasURL(Pattern.compile(".*/stories/[0-9a-f-]{36}$"));
        assertThat(page.locator(".picker-chosen")).containsText(course);
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(run.t("Alumni", "Alumnus")).setExact(true)))
            .hasValue(Pattern.compile("Vita Imam Matus Sholekhah.*"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(run.t("Tambah alumni baru", "Add a new alumnus"))))
            .isVisible();
        BrowserTestSupport.screenshot(page, "story-with-pickers-" + run.name().toLowerCase());
        assertThat(problems).as("console errors and failed requests").isEmpty();
        page.context().close();
    }

    private static void fitsTheScreen(Page page, String what) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(what + " scrolls sideways").isEqualTo(Boolean.TRUE);
    }

    /** Console errors (CSP violations show up there) and failed requests but the favicon. */
    private static List<String> watch(Page page) {
        List<String> problems = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        return problems;
    }
}
