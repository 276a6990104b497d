package id.cerita.user.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * Accounts in real Chromium: an administrator opens a journalist account and passes on the one-time link; the
 * journalist sets a password, signs in and searches; once disabled, their next page and their API token are refused.
 * A journalist's own request, its approval and the set-password page also work in English on a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AccountsBrowserTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    static final String JOURNALISTS_PASSWORD = "sambal matah di pasar Kreneng";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeAll
    static void accounts(@Autowired StaffUsers users) {
        SystemActor.run(() -> users.create("rudi", "Rudi Hartono", PASSWORD, Set.of(Role.ADMIN)));
    }

    @Test
    void opensAJournalistAccountWhoseSessionAndTokenStopWhenDisabled(@LocalServerPort int port) {
        String base = "http://127.0.0.1:" + port;
        Page admin = browser.newPage(base);
        BrowserTestSupport.signIn(admin, "rudi", PASSWORD);
        assertThat(admin.locator(".logout")).containsText("Rudi Hartono");
        BrowserTestSupport.menu(admin).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Akun").setExact(true))
            .click();
        Locator open = admin.locator("#open-account");
        open.getByLabel("Nama pengguna", new Locator.GetByLabelOptions().setExact(true)).fill("wulan");
        open.getByLabel("Nama tampilan").fill("Wulan Sari");
        open.getByLabel("Jurnalis").check();
        open.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buat akun")).click();
        assertThat(admin.locator("#issued-link")).containsText("hanya ditampilkan sekali");
        String link = admin.getByLabel("Tautan sekali pakai").inputValue();
        assertThat(link).startsWith(base + "/set-password/");

        // the journalist opens the link the administrator passed on
        Page journalist = browser.newPage(base);
        journalist.navigate(link);
        setPassword(journalist, "Kata sandi baru", "Ulangi kata sandi baru", "Simpan kata sandi", "password1234");
        assertThat(journalist.locator(".field-error")).containsText("terlalu mudah ditebak");
        setPassword(journalist, "Kata sandi baru", "Ulangi kata sandi baru", "Simpan kata sandi", JOURNALISTS_PASSWORD);
        assertThat(journalist.getByRole(AriaRole.STATUS)).containsText("Kata sandi tersimpan");
        journalist.getByLabel("Nama pengguna").fill("wulan");
        journalist.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true)).fill(JOURNALISTS_PASSWORD);
        journalist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        // journalists land in the press room and search there
        assertThat(journalist).hasURL(Pattern.compile(".*/press$"));
        journalist.getByLabel("Cari cerita").fill("kue");
        journalist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari").setExact(true)).click();
        assertThat(journalist).hasURL(Pattern.compile(".*/press\\?q=kue.*"));
        String token = issueToken(journalist);
        assertThat(bearer(journalist, token).status()).isEqualTo(200);

        // a second time the link says it was used
        Page replay = browser.newPage(base);
        replay.navigate(link);
        assertThat(replay.getByRole(AriaRole.ALERT)).containsText("sudah dipakai");
        replay.context().close();

        BrowserTestSupport.menu(admin).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Akun").setExact(true))
            .click();
        Locator card = admin.locator("li[data-username=wulan]");
        card.getByText("Kelola akun Wulan Sari").click();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nonaktifkan")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("wulan dinonaktifkan");
        assertThat(admin.locator("li[data-username=wulan]")).containsText("Nonaktif");

        // the press room sorts in place (script), so the next page the journalist opens is the profile
        journalist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profil").setExact(true)).click();
        assertThat(journalist).hasURL(Pattern.compile(".*/login\\?disabled$"));
        assertThat(journalist.getByRole(AriaRole.ALERT)).containsText("dinonaktifkan");
        assertThat(bearer(journalist, token).status()).isEqualTo(401);
        admin.context().close();
        journalist.context().close();
    }

    @Test
    void letsAJournalistAskForAnAccountOnAPhoneInEnglish(@LocalServerPort int port) {
        String base = "http://127.0.0.1:" + port;
        Page asker = phone(browser.newPage(base));
        asker.navigate("/login");
        BrowserTestSupport.switchLanguage(asker, "English");
        asker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a journalist account")).click();
        assertNoSidewaysScrolling(asker);
        asker.getByLabel("Full name").fill("Yohana Lestari");
        asker.getByLabel("Media outlet").fill("Kabar Timur");
        asker.getByLabel("E-mail").fill("yohana@kabartimur.id");
        asker.getByLabel("Reason").fill("Covering training alumni in East Nusa Tenggara");
        asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(asker.getByRole(AriaRole.STATUS)).containsText("Your request was sent");

        Page admin = phone(browser.newPage(base));
        BrowserTestSupport.signIn(admin, "rudi", PASSWORD);
        BrowserTestSupport.switchLanguage(admin, "English");
        BrowserTestSupport.menu(admin).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts").setExact(true))
            .click();
        assertNoSidewaysScrolling(admin);
        Locator request = admin.locator("#requests li", new Page.LocatorOptions().setHasText("Yohana Lestari"));
        assertThat(request).containsText("Kabar Timur");
        request.getByLabel("Username for this account").fill("yohana");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("journalist account yohana created");
        assertThat(admin.locator("#issued-link")).containsText("shown only once");
        assertNoSidewaysScrolling(admin);
        String link = admin.getByLabel("One-time link").inputValue();

        asker.navigate(link);
        assertThat(asker.locator("h1")).hasText("Set your password");
        assertNoSidewaysScrolling(asker);
        setPassword(asker, "New password", "Repeat the new password", "Save password", "qwertyuiop123");
        assertThat(asker.locator(".field-error")).containsText("too easy to guess");
        setPassword(asker, "New password", "Repeat the new password", "Save password", JOURNALISTS_PASSWORD);
        assertThat(asker.getByRole(AriaRole.STATUS)).containsText("Password saved");
        asker.getByLabel("Username").fill("yohana");
        asker.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(JOURNALISTS_PASSWORD);
        asker.locator("form button[type=submit]").click();
        assertThat(asker).hasURL(Pattern.compile(".*/press$"));
        admin.context().close();
        asker.context().close();
    }

    private static void setPassword(Page page, String label, String repeatLabel, String button, String password) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel(repeatLabel, new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    /** The journalist's script asks for a token with the password, as the API documentation says. */
    private static String issueToken(Page page) {
        String basic = Base64.getEncoder().encodeToString(("wulan:" + JOURNALISTS_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
        APIResponse issued = page.request().post("/api/tokens", RequestOptions.create()
            .setHeader("Authorization", "Basic " + basic).setHeader("Content-Type", "application/json")
            .setData(Map.of("name", "Skrip redaksi", "days", 7, "scopes", java.util.List.of("READ_SEARCH"))));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        String body = issued.text();
        int start = body.indexOf("\"secret\":\"") + 10;
        return body.substring(start, body.indexOf('"', start));
    }

    private static APIResponse bearer(Page page, String token) {
        return page.request().get("/api/search/stories?q=kue",
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
    }

    private static Page phone(Page page) {
        page.setViewportSize(390, 844);
        return page;
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + page.url()).isLessThanOrEqualTo(0);
    }
}
