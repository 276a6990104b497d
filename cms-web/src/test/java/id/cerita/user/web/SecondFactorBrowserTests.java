package id.cerita.user.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.MutableClock;
import id.cerita.testsupport.MutableClockConfiguration;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.user.TotpSecret;
import id.cerita.web.BrowserTestSupport;

/**
 * The second factor in real Chromium, with only what a person sees: a writer sets it up from the profile page (the
 * key read off the page, the code computed here as an authenticator app would), keeps the recovery codes, signs out
 * and in again with a code, the code page in English on a 390 px phone; an editor, who must have one, is led
 * through the set-up at sign-in. Every page passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "server.address=127.0.0.1", "cerita.security.second-factor.required-roles=EDITOR,ADMIN" })
@Import(MutableClockConfiguration.class)
class SecondFactorBrowserTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeAll
    static void accounts(@Autowired StaffUsers users) {
        SystemActor.run(() -> users.create("dewi", "Dewi Lestari", PASSWORD, Set.of(Role.WRITER)));
        SystemActor.run(() -> users.create("eko", "Eko Prasetyo", PASSWORD, Set.of(Role.EDITOR)));
    }

    @Test
    void setsUpTheSecondFactorFromTheProfileAndSignsInWithACode(@LocalServerPort int port,
            @Autowired MutableClock clock) {
        // the audit profile lets axe-core in despite the pages' CSP; the whole walk runs in it to keep one session
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(page, "dewi", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profil").setExact(true)).click();
        Locator section = page.locator("#second-factor");
        assertThat(section).containsText("belum aktif");
        section.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Siapkan verifikasi dua langkah")).click();

        assertThat(page.getByAltText("Kode QR berisi kunci rahasia untuk aplikasi autentikator")).isVisible();
        assertThat(audited(page)).as("set-up page").isEmpty();
        TotpSecret secret = new TotpSecret(page.getByLabel("Tidak bisa memindai? Ketik kunci ini di aplikasi").inputValue());
        page.getByLabel("Kode enam angka yang kini tampil di aplikasi").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktifkan")).click();
        assertThat(page.locator("#totp-code-error")).isVisible();
        page.getByLabel("Kode enam angka yang kini tampil di aplikasi").fill(code(secret, clock));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktifkan")).click();

        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertThat(page.locator("#second-factor")).containsText("Sisa kode pemulihan: 10");
        assertThat(audited(page)).as("profile with the recovery codes").isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar")).click();
        page.getByLabel("Nama pengguna").fill("dewi");
        page.getByLabel("Kata sandi").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/login/second-factor"));
        BrowserTestSupport.switchLanguage(page, "English");
        page.setViewportSize(390, 844);
        assertThat(page.locator("h1")).hasText("Two-step sign-in");
        assertThat(audited(page)).as("code page, English, phone").isEmpty();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

        clock.advance(Duration.ofSeconds(30)); // the app shows the next code; the one used to confirm is spent
        page.getByLabel("Code from your authenticator app").fill(code(secret, clock));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.waitForURL(url -> url.endsWith("/dashboard"));
        assertThat(page.locator(".logout")).containsText("Dewi Lestari");
    }

    @Test
    void leadsAnEditorThroughTheSetUpAtSignIn(@LocalServerPort int port, @Autowired MutableClock clock) {
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        page.navigate("/login");
        page.getByLabel("Nama pengguna").fill("eko");
        page.getByLabel("Kata sandi").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/login/second-factor/setup"));
        assertThat(page.locator("main")).containsText("Peran Anda wajib memakai verifikasi dua langkah");
        assertThat(audited(page)).as("forced set-up page").isEmpty();
        BrowserTestSupport.screenshot(page, "second-factor-setup");

        TotpSecret secret = new TotpSecret(page.getByLabel("Tidak bisa memindai? Ketik kunci ini di aplikasi").inputValue());
        page.getByLabel("Kode enam angka yang kini tampil di aplikasi").fill(code(secret, clock));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktifkan")).click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertThat(audited(page)).as("recovery codes after the forced set-up").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjut ke Cerita")).click();
        page.waitForURL(url -> url.endsWith("/dashboard"));
        assertThat(page.locator(".logout")).containsText("Eko Prasetyo");
    }

    private static java.util.List<String> audited(Page page) {
        return BrowserTestSupport.accessibilityViolations(page);
    }

    private static String code(TotpSecret secret, MutableClock clock) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(secret.key(), clock.instant(),
                    Locale.ROOT);
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
