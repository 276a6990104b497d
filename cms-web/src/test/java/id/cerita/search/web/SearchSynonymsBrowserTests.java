package id.cerita.search.web;

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

import id.cerita.search.TestSearchNode;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.web.BrowserTestSupport;

/** An administrator reloads the search synonyms from the search index page, in both languages, on a phone too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchSynonymsBrowserTests {

    private static final String PASSWORD = "kata-sandi-admin-17";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        TestSearchNode.register(registry);
    }

    @Test
    void anAdministratorReloadsTheSynonymsFromTheSearchIndexPage(@LocalServerPort int port,
            @Autowired StaffUsers users) {
        SystemActor.run(() -> users.create("ratna", "Ratna Admin", PASSWORD, EnumSet.of(Role.ADMIN)));
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(page, "ratna", PASSWORD);

        BrowserTestSupport.menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Indeks pencarian"))
            .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Muat ulang sinonim")).click();

        assertThat(page.locator("main .notice.success").textContent()).startsWith("Sinonim dimuat ulang:")
            .contains("search/synonyms.txt");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();

        BrowserTestSupport.switchLanguage(page, "English");
        page.setViewportSize(390, 844);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reload synonyms")).click();
        assertThat(page.locator("main .notice.success").textContent()).startsWith("Synonyms reloaded:");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();
        assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
            .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        page.context().close();
    }
}
