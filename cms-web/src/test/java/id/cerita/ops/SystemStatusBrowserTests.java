package id.cerita.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * An administrator opens the system status from the menu and reads whether the database, the disk and search are
 * well, in Indonesian at 1280 px and in English on a phone, with no axe-core violation and no sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SystemStatusBrowserTests {

    private static final String PASSWORD = "kata-sandi-admin-18";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void anAdministratorReadsTheSystemStatusFromTheMenu(@LocalServerPort int port, @Autowired StaffUsers users) {
        SystemActor.run(() -> users.create("wulan-ops", "Wulan Operasi", PASSWORD, EnumSet.of(Role.ADMIN)));
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(page, "wulan-ops", PASSWORD);

        BrowserTestSupport.menu(page)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Status sistem").setExact(true)).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Status sistem");
        assertThat(page.locator("#ops-components").textContent()).contains("Basis data", "Baik",
                "Ruang disk folder data", "Pencarian (Elasticsearch)");
        assertThat(page.locator("#ops-instance").textContent()).contains(":" + port);
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();

        BrowserTestSupport.switchLanguage(page, "English");
        page.setViewportSize(390, 844);
        assertThat(page.locator("h1").textContent()).isEqualTo("System status");
        assertThat(page.locator("#ops-components").textContent()).contains("Database", "Fine");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();
        assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
            .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        BrowserTestSupport.screenshot(page, "system-status-390-en");
        page.context().close();
    }
}
