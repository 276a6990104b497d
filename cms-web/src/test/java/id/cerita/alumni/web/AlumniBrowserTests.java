package id.cerita.alumni.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * Alumni and their consent in real Chromium: a writer adds an alumnus met at a temu alumni with the photo of the
 * signed form, is warned of a duplicate; an editor withdraws a consent. The featured person checks their story on the
 * private link without an account, and the link then stops revealing anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AlumniBrowserTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    static final Path DATA = AlumniApiTests.createData();
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.data-dir", DATA::toString);
    }

    @BeforeEach
    void accounts(@Autowired StaffUsers users) {
        SystemActor.run(() -> {
            for (var account : List.of(Map.entry("sari", Role.WRITER), Map.entry("budi", Role.EDITOR))) {
                if (users.find(account.getKey()).isEmpty()) {
                    users.create(account.getKey(), account.getKey(), PASSWORD, EnumSet.of(account.getValue()));
                }
            }
        });
    }

    @Test
    void aWriterAddsAnAlumnusWithTheSignedFormIsWarnedOfADuplicateAndAnEditorWithdrawsTheConsent(
            @LocalServerPort int port) throws Exception {
        Page sari = browser.newPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(sari, "sari", PASSWORD);
        BrowserTestSupport.menu(sari)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alumni").setExact(true)).click();
        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah alumni")).click();
        sari.getByLabel("Nama lengkap").fill("Siti Aminah Harahap");
        sari.getByLabel("Kabupaten/kota").selectOption("15.71");
        sari.getByLabel("Gelombang").fill("12");
        sari.getByLabel("Usaha").fill("Donat Kentang Siti");
        sari.getByLabel("Telepon/WhatsApp").fill("0813 1111 2222");
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(sari.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Siti Aminah Harahap"))).isVisible();
        assertFits390(sari);

        sari.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).check();
        sari.getByLabel("Situs web").check();
        sari.getByLabel("Media/pers").check();
        sari.getByLabel("Diberikan pada").fill("2026-11-20");
        sari.getByLabel("Cara memperoleh").selectOption("SIGNED_FORM");
        sari.getByLabel("Formulir bertanda tangan atau fotonya")
            .setInputFiles(new FilePayload("formulir-siti.png", "image/png", PNG));
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan persetujuan")).click();
        assertThat(sari.locator(".notice.success")).containsText("Persetujuan dicatat");
        assertThat(sari.locator(".consent").first()).containsText("formulir-siti.png (hanya editor");
        assertThat(sari.locator(".consent").first()).containsText("Berlaku");

        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Semua alumni")).click();
        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah alumni")).click();
        sari.getByLabel("Nama lengkap").fill("Siti Aminah  Harahap");
        sari.getByLabel("Kabupaten/kota").selectOption("15.71");
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(sari.locator("#duplicates")).containsText("Mungkin orang ini sudah tercatat");
        assertThat(sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buka data Siti Aminah Harahap")))
            .isVisible();
        assertThat(sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan tetap"))).isVisible();
        assertFits390(sari);
        sari.context().close();

        Page budi = browser.newPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(budi, "budi", PASSWORD);
        BrowserTestSupport.menu(budi)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alumni").setExact(true)).click();
        budi.getByLabel("Nama, usaha atau pekerjaan").fill("donat");
        budi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
        budi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Siti Aminah Harahap")).click();
        assertThat(budi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unduh formulir-siti.png"))).isVisible();
        budi.getByLabel("Alasan penarikan").fill("Siti menelepon: tidak ingin diberitakan lagi");
        budi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tarik persetujuan")).click();
        assertThat(budi.locator(".notice.success")).containsText("Persetujuan ditarik");
        assertThat(budi.locator(".consent").first()).containsText("Ditarik");
        assertThat(budi.locator(".consent").first()).containsText("Siti menelepon: tidak ingin diberitakan lagi");
        assertThat(budi.locator(".consent").first()).containsText("budi");
        BrowserTestSupport.switchLanguage(budi, "English");
        assertThat(budi.locator(".consent").first()).containsText("Withdrawn");
        assertFits390(budi);
        budi.context().close();
    }

    @Test
    void theFeaturedPersonChecksTheirStoryOnThePrivateLinkAndTheLinkThenRevealsNothing(@LocalServerPort int port,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired JdbcClient jdbc) {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        StoryContent c = fixtures.content("Vita, penata rias dari Gorontalo");
        StoryContent about = new StoryContent(c.language(), c.title(), c.slug(), c.summary(), c.body(),
                fixtures.anAlumnusWithConsent(EnumSet.noneOf(ConsentScope.class)), c.regionCode(), c.gatheringId(),
                c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());
        Story story = fixtures.aDraft(about);

        Page budi = browser.newPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(budi, "budi", PASSWORD);
        BrowserTestSupport.menu(budi)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cerita").setExact(true)).click();
        budi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vita, penata rias dari Gorontalo")).click();
        Locator summary = budi.locator("#consent-summary");
        assertThat(summary).containsText("Belum dapat terbit");
        summary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buat tautan pemeriksaan untuk alumni")).click();
        String link = budi.getByLabel("Tautan pribadi").inputValue();
        assertThat(link).contains("/check/");
        assertThat(budi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kirim lewat WhatsApp")))
            .hasAttribute("href", java.util.regex.Pattern.compile("^https://wa\\.me/\\?text=.*%2Fcheck%2F.*"));

        Page audit = browser.newAuditPage("http://127.0.0.1:" + port);
        for (String address : List.of(link, link + "?lang=en")) {
            audit.navigate(address);
            assertThat(BrowserTestSupport.accessibilityViolations(audit)).as(address).isEmpty();
        }
        audit.context().close();

        Page vita = browser.newPage("http://127.0.0.1:" + port);
        vita.setViewportSize(390, 800);
        vita.navigate(link + "?lang=id");
        assertThat(vita.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vita, penata rias dari Gorontalo"))).isVisible();
        assertThat(vita.locator(".story-text")).containsText("pelatihan digital marketing");
        assertThat(vita.locator(".story-text")).containsText("Membuka usaha");
        assertFits390(vita);
        vita.getByLabel("Ya, isinya benar").check();
        for (String scope : List.of("Nama saya boleh disebut", "Foto saya boleh dipakai",
                "Cerita ini boleh terbit di situs web program", "Cerita ini boleh diberikan kepada wartawan")) {
            vita.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(scope)).getByLabel("Setuju", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        vita.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Usaha atau tempat kerja saya boleh disebut"))
            .getByLabel("Tidak setuju").check();
        vita.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim jawaban")).click();
        assertThat(vita.locator("main")).containsText("Tautan ini sudah dipakai");
        assertThat(vita.locator("main")).not().containsText("Vita, penata rias");

        budi.reload();
        assertThat(budi.locator("#consent-summary")).not().containsText("Belum dapat terbit");
        assertThat(budi.locator("#consent-summary")).containsText("dijawab");
        budi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profil dan catatan persetujuan")).click();
        Locator consent = budi.locator(".consent").first();
        assertThat(consent).containsText("Tautan pribadi pemeriksaan cerita");
        assertThat(consent).containsText("Dijawab sendiri lewat tautan pribadi");
        assertThat(consent).containsText("Foto");
        assertThat(consent).containsText("Media/pers");
        assertThat(consent).not().containsText("Rincian usaha");

        vita.navigate(link);
        assertThat(vita.locator("main")).containsText("Tautan ini sudah dipakai");
        assertThat(vita.locator("body")).not().containsText("Vita, penata rias");

        budi.goBack();
        budi.reload();
        budi.locator("#consent-summary").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Buat tautan pemeriksaan untuk alumni")).click();
        String revoked = budi.getByLabel("Tautan pribadi").inputValue();
        budi.locator("#consent-summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cabut tautan")).click();
        assertThat(budi.locator("#consent-summary")).containsText("dicabut");
        vita.navigate(revoked);
        assertThat(vita.locator("main")).containsText("Tautan ini tidak berlaku");
        assertThat(vita.locator("body")).not().containsText("Vita, penata rias");
        assertThat(vita.locator("body")).not().containsText("Gorontalo");

        budi.locator("#consent-summary").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Buat tautan pemeriksaan untuk alumni")).click();
        String expired = budi.getByLabel("Tautan pribadi").inputValue();
        // fourteen days pass
        jdbc.sql("UPDATE story_check_link SET expires_at = issued_at - INTERVAL '1' DAY WHERE answered_at IS NULL AND revoked_at IS NULL")
            .update();
        vita.navigate(expired);
        assertThat(vita.locator("main")).containsText("Tautan ini tidak berlaku");
        assertThat(vita.locator("body")).not().containsText("Vita, penata rias");
        vita.context().close();
        budi.context().close();
        assertThat(story.id()).isNotNull();
    }

    /** No horizontal scrolling on a 390 px wide phone. */
    static void assertFits390(Page page) {
        var size = page.viewportSize();
        page.setViewportSize(390, 800);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width at 390 px: " + page.url()).isLessThanOrEqualTo(390);
        page.setViewportSize(size.width, size.height);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static {
        try {
            Files.createDirectories(DATA);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
