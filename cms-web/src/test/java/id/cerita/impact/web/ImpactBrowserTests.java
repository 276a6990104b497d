package id.cerita.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

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

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * An editor opens the programme's impact from the menu: the figures, a chart drawn by ECharts, the province maps
 * and their list, in Indonesian at 1280 px and in English on a phone, with no axe-core violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactBrowserTests {

    private static final String PASSWORD = "kata-sandi-editor-19";
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void anEditorReadsTheImpactFiguresChartsAndMapFromTheMenu(@LocalServerPort int port, @Autowired StaffUsers users,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        for (int i = 0; i < 3; i++) {
            StoryContent base = fixtures.content("Kios di Merauke " + UUID.randomUUID());
            fixtures.aPublishedStory(new StoryContent(base.language(), base.title(), null, base.summary(), base.body(),
                    fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class)), "93.01", null, base.courseIds(),
                    base.themeCodes(), base.quotes(), List.of(
                            new Outcome(OutcomeKind.BUSINESS_OPENED, "Membuka kios", null, "Wawancara"),
                            new Outcome(OutcomeKind.EMPLOYEES_HIRED, "Karyawan", 0L, 2L + i, null, "Wawancara")),
                    base.sources()));
        }
        SystemActor.run(() -> users.create("ratih", "Ratih Editor", PASSWORD, EnumSet.of(Role.EDITOR)));
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        BrowserTestSupport.signIn(page, "ratih", PASSWORD);

        BrowserTestSupport.menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dampak").setExact(true))
            .click();
        page.waitForSelector(".impact-chart canvas");
        assertThat(page.locator("#overall").textContent()).contains("Membuka usaha").contains("0 → 9");
        page.getByText("Daftar 38 provinsi").first().click();
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Papua Selatan 3 0")).count())
            .isEqualTo(1);
        assertThat(page.locator("svg.province-map path[data-province='91'] title").first().textContent())
            .isEqualTo("Papua, Papua Selatan, Papua Tengah, Papua Pegunungan: 3 cerita");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();

        BrowserTestSupport.switchLanguage(page, "English");
        page.setViewportSize(390, 844);
        page.waitForSelector(".impact-chart canvas");
        assertThat(page.locator("h1").textContent()).isEqualTo("Programme impact");
        assertThat(page.locator("#overall").textContent()).contains("Opened a business");
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();
        assertThat(((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
            .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        BrowserTestSupport.screenshot(page, "impact-390-en");
        page.context().close();
    }
}
