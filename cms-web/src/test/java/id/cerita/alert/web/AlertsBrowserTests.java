package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.search.IndexStatusService;
import id.cerita.search.StorySearch;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;
import id.cerita.web.DemoIndex;

/**
 * A journalist's whole alert task with visible controls, on the demo and its in-process SMTP server: filter the press
 * room by Jambi, press "Ikuti Jambi", open "Peringatan saya", give an address, open the confirmation mail's link; an
 * editor publishes a Jambi story and the journalist's inbox gets it; the editor reads it in the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "server.address=127.0.0.1", "cerita.alerts.send-interval=PT1S",
            "cerita.search.catch-up-interval=1s" })
@ActiveProfiles("demo")
class AlertsBrowserTests {

    private static final String PASSWORD = "cerita-demo";
    private static final Pattern CONFIRM = Pattern.compile("(/alerts/confirm/[A-Za-z0-9_-]+)");
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({ "id, 1280, 900", "en, 390, 844" })
    void aJournalistFollowsJambiConfirmsTheAddressAndGetsTheNextJambiStory(String language, int width, int height,
            @LocalServerPort int port, @Autowired StaffUsers users, @Autowired GreenMail smtp,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired IndexStatusService index, @Autowired StorySearch search) throws Exception {
        DemoIndex.awaitCaughtUp(index, search);
        boolean english = language.equals("en");
        String login = "wartawan-" + language;
        String email = login + "@jambi-" + language + ".test";
        SystemActor.run(() -> users.create(login, "Wartawan " + language, PASSWORD, EnumSet.of(Role.JOURNALIST)));
        Page page = browser.newAuditPage("http://127.0.0.1:" + port);
        page.setViewportSize(width, height);
        page.navigate("/login");
        if (english) {
            BrowserTestSupport.switchLanguage(page, "English");
            page.waitForURL(url -> url.contains("lang=en"));
        }
        page.locator("#username").fill(login);
        page.locator("#password").fill(PASSWORD);
        page.locator("#main form button[type=submit]").click();
        page.waitForURL(url -> url.endsWith("/press"));

        page.locator("#facet-province a").filter(new Locator.FilterOptions().setHas(page.locator(".facet-label")
            .getByText("Jambi", new Locator.GetByTextOptions().setExact(true)))).click();
        page.waitForURL(url -> url.contains("province=15"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(english ? "Follow Jambi" : "Ikuti Jambi"))
            .click();
        page.waitForURL(url -> url.contains("province=15"));
        assertThat(page.locator(".notice.success").textContent()).contains("Jambi");

        BrowserTestSupport.menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
            .setName(english ? "My alerts" : "Peringatan saya")).click();
        page.waitForURL(url -> url.endsWith("/press/alerts"));
        assertThat(page.locator("#follows").textContent()).contains("Jambi");
        page.getByLabel(english ? "E-mail for alerts" : "E-mail untuk peringatan").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
            .setName(english ? "Send the confirmation link" : "Kirim tautan konfirmasi")).click();
        assertThat(page.locator("#email-state").textContent()).contains(email);
        assertThat(BrowserTestSupport.accessibilityViolations(page)).isEmpty();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        BrowserTestSupport.screenshot(page, "alerts-" + language + "-" + width);

        // the journalist opens the link in the mail (the one address typed here: it comes from the inbox)
        MimeMessage confirmation = await().atMost(Duration.ofSeconds(30))
            .until(() -> smtp.getReceivedMessagesForDomain("jambi-" + language + ".test"), m -> m.length == 1)[0];
        Matcher link = CONFIRM.matcher(GreenMailUtil.getBody(confirmation).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        page.navigate(link.group(1));
        assertThat(page.locator("#confirm-state").textContent()).contains(email);

        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        StoryContent c = fixtures.content("Gerai donat Jambi " + language + " menambah oven");
        fixtures.aPublishedStory(new StoryContent(c.language(), c.title(), c.slug(), c.summary(), c.body(),
                c.alumnusId(), StoryFixtures.KOTA_JAMBI, c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(),
                c.outcomes(), c.sources()));
        MimeMessage[] inbox = await().atMost(Duration.ofSeconds(60))
            .until(() -> smtp.getReceivedMessagesForDomain("jambi-" + language + ".test"), m -> m.length >= 2);
        assertThat(inbox).hasSize(2);
        assertThat(inbox[1].getSubject()).contains("Gerai donat Jambi " + language + " menambah oven");
        page.context().close();

        Page editor = browser.newAuditPage("http://127.0.0.1:" + port);
        editor.setViewportSize(width, height);
        BrowserTestSupport.signIn(editor, "budi", PASSWORD);
        BrowserTestSupport.menu(editor).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
            .setName("Kotak keluar e-mail")).click();
        assertThat(editor.locator("#outbox").textContent()).contains(email, "Gerai donat Jambi " + language);
        assertThat(BrowserTestSupport.accessibilityViolations(editor)).isEmpty();
        editor.context().close();
    }
}
