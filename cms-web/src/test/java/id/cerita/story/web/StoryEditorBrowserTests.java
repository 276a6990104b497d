package id.cerita.story.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
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
import id.cerita.alumni.ConsentScope;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/** The story editor in real headless Chromium, against the application on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoryEditorBrowserTests {

    private static final String PASSWORD = "kata-sandi-penulis-1";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    private String baseUrl;
    private String courseTitle;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeEach
    void setUp(@LocalServerPort int port, @Autowired StaffUsers users, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) {
        baseUrl = "http://127.0.0.1:" + port;
        if (users.find("penulis").isEmpty()) {
            SystemActor.run(() -> users.create("penulis", "Penulis Uji", PASSWORD, EnumSet.of(Role.WRITER)));
            StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
            fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class));
            courseTitle = fixtures.aCourse("pemasaran-digital").title();
        }
        else {
            courseTitle = courses.courses().getFirst().title();
        }
    }

    @Test
    void refusesAWrongPasswordWithAClearMessage() {
        Page page = browser.newPage(baseUrl);
        page.navigate("/login");
        page.getByLabel("Nama pengguna").fill("penulis");
        page.getByLabel("Kata sandi").fill("salah-sama-sekali");
        page.locator("form button[type=submit]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
            .containsText("Nama pengguna atau kata sandi salah");
        page.context().close();
    }

    @Test
    void writesAStoryWithALivePreviewAndFindsItInTheList() {
        Page page = browser.newPage(baseUrl);
        BrowserTestSupport.signIn(page, "penulis", PASSWORD);

        page.navigate("/stories/new");
        page.getByLabel("Judul", new Page.GetByLabelOptions().setExact(true)).fill("Vita merias pengantin di Gorontalo");
        page.getByLabel("Ringkasan").fill("Dari penata rias rumahan menjadi usaha yang dikenal se-Gorontalo.");
        page.getByLabel("Isi (Markdown)").fill("""
                ## Awal usaha

                Vita mengikuti **pelatihan digital marketing** lalu memasarkan jasa riasnya.

                | Tahun | Pelanggan |
                |---|---|
                | 2023 | 40 |
                """);
        assertThat(page.locator("#preview strong")).hasText("pelatihan digital marketing");
        assertThat(page.locator("#preview h2")).hasText("Awal usaha");
        assertThat(page.locator("#preview table td").first()).hasText("2023");

        page.getByLabel("Provinsi").selectOption("75");
        assertThat(page.locator("#f-regionCode option[value='75.71']")).hasCount(1);
        page.getByLabel("Kabupaten/kota").selectOption("75.71");
        page.getByRole(com.microsoft.playwright.options.AriaRole.COMBOBOX,
                new Page.GetByRoleOptions().setName("Pelatihan yang diikuti")).focus();
        page.keyboard().type(courseTitle);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LISTBOX)
            .getByRole(com.microsoft.playwright.options.AriaRole.OPTION).first()).containsText(courseTitle);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator(".picker-chosen")).containsText(courseTitle);
        page.getByLabel("Kecantikan", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#quote-0-text").fill("Saya belajar memasarkan jasa rias lewat media sosial.");
        page.locator("#quote-0-speaker").fill("Vita");
        BrowserTestSupport.screenshot(page, "story-editor-filled");
        page.locator("#save").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Cerita tersimpan");
        assertThat(page).hasURL(Pattern.compile(".*/stories/[0-9a-f-]{36}$"));
        assertThat(page.locator("#f-title")).hasValue("Vita merias pengantin di Gorontalo");
        assertThat(page.locator("#f-regionCode")).hasValue("75.71");
        assertThat(page.locator("#quote-0-speaker")).hasValue("Vita");

        page.navigate("/stories");
        assertThat(page.locator("table.list")).containsText("Vita merias pengantin di Gorontalo");
        assertThat(page.locator("table.list")).containsText("Kota Gorontalo");
        BrowserTestSupport.screenshot(page, "story-list");
        page.context().close();
    }

    @Test
    void showsBothTextsWhenSomeoneElseSavedFirstAndLosesNeither() {
        Page first = browser.newPage(baseUrl);
        BrowserTestSupport.signIn(first, "penulis", PASSWORD);
        first.navigate("/stories/new");
        first.getByLabel("Judul", new Page.GetByLabelOptions().setExact(true)).fill("Donat Hujaipah di Jambi");
        first.getByLabel("Ringkasan").fill("Gerai donat yang tumbuh dari dapur rumah.");
        first.getByLabel("Isi (Markdown)").fill("Versi awal.");
        first.getByLabel("Provinsi").selectOption("15");
        assertThat(first.locator("#f-regionCode option[value='15.71']")).hasCount(1);
        first.getByLabel("Kabupaten/kota").selectOption("15.71");
        first.locator("#save").click();
        assertThat(first.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Cerita tersimpan");
        String storyUrl = first.url();

        Page second = browser.anotherTab(first);
        second.navigate(storyUrl);
        first.getByLabel("Isi (Markdown)").fill("Suntingan editor pertama.");
        first.locator("#save").click();
        assertThat(first.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Cerita tersimpan");

        second.getByLabel("Isi (Markdown)").fill("Suntingan editor kedua.");
        second.locator("#save").click();
        assertThat(second.locator("#conflict")).containsText("Cerita ini sudah diubah orang lain");
        assertThat(second.locator("#conflict pre.theirs")).hasText("Suntingan editor pertama.");
        assertThat(second.locator("#conflict pre.yours")).hasText("Suntingan editor kedua.");
        assertThat(second.getByLabel("Isi (Markdown)")).hasValue("Suntingan editor kedua.");
        BrowserTestSupport.screenshot(second, "story-conflict");

        second.locator("#save").click();
        assertThat(second.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Cerita tersimpan");
        assertThat(second.getByLabel("Isi (Markdown)")).hasValue("Suntingan editor kedua.");
        first.context().close();
    }
}
