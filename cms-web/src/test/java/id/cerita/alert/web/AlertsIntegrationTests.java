package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * A journalist's alert from "Ikuti" to the inbox of a real SMTP server (GreenMail): double opt-in, exactly one mail
 * per matching story, nothing for other provinces, and the unsubscribe link stops the next one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AlertsIntegrationTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
        .dynamicPort());
    private static final Pattern LINK = Pattern.compile("http://cms\\.test(/alerts/(?:confirm|unsubscribe)/[A-Za-z0-9_-]+)");
    private static final String EMAIL = "wartawan@jambi-news.test";

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("cerita.alerts.base-url", () -> "http://cms.test");
        registry.add("cerita.alerts.send-interval", () -> "PT1S");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void mailsAConfirmedJournalistOnceForAStoryFromTheFollowedProvinceUntilTheyUnsubscribe(@Autowired MockMvc mvc,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired JdbcClient jdbc) throws Exception {
        SystemActor.run(() -> users.create("wartawan-jambi", "Wartawan Jambi", "kata-sandi-wartawan-1",
                EnumSet.of(Role.JOURNALIST)));
        RequestPostProcessor journalist = user("wartawan-jambi").roles("JOURNALIST");
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);

        mvc.perform(post("/press/alerts/email").param("email", EMAIL).with(journalist).with(csrf()))
            .andExpect(status().is3xxRedirection());
        String confirm = linkIn(mailsTo(EMAIL, 1).getFirst());
        assertThat(confirm).startsWith("/alerts/confirm/");
        mvc.perform(post("/press/follows").param("filter", "province").param("value", "15").param("label", "Jambi")
                .param("returnTo", "/press?province=15").with(journalist).with(csrf()))
            .andExpect(status().is3xxRedirection());
        // not confirmed yet: a Jambi story waits for the address
        fixtures.aPublishedStory(inRegion(fixtures.content("Donat Aidoo buka cabang kedua"), StoryFixtures.KOTA_JAMBI));
        String confirmed = mvc.perform(get(confirm)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat(confirmed).contains(EMAIL);

        List<MimeMessage> mails = mailsTo(EMAIL, 2);
        assertThat(mails.get(1).getSubject()).contains("Jambi", "Donat Aidoo buka cabang kedua");
        String body = GreenMailUtil.getBody(mails.get(1));
        assertThat(body).contains("http://cms.test/press/stories/");

        fixtures.aPublishedStory(fixtures.content("Perias di Gorontalo menambah pelanggan"));
        String unsubscribe = linkIn(mails.get(1));
        assertThat(mvc.perform(get(unsubscribe)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString()).contains("Jambi");
        mvc.perform(post(unsubscribe).with(csrf())).andExpect(status().isOk());
        fixtures.aPublishedStory(inRegion(fixtures.content("Penjahit Jambi menerima pesanan seragam"),
                StoryFixtures.KOTA_JAMBI));

        // the Gorontalo story matched nothing, and the last Jambi story came after the unsubscribe
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SMTP.getReceivedMessagesForDomain("jambi-news.test")).hasSize(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_delivery WHERE username = 'wartawan-jambi'")
            .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void tellsAJournalistWhoDownloadedTheKitThatTheStoryWasTakenDown(@Autowired MockMvc mvc,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired id.cerita.alert.Follows follows) throws Exception {
        SystemActor.run(() -> users.create("wartawan-kit", "Wartawan Kit", "kata-sandi-wartawan-3",
                EnumSet.of(Role.JOURNALIST)));
        follows.confirm(follows.changeEmail("wartawan-kit", "kit@takedown.test"));
        var story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Florist Lubuklinggau panen pesanan");
        mvc.perform(get("/press/stories/{slug}/press-kit", story.slug().value())
                .with(user("wartawan-kit").roles("JOURNALIST")))
            .andExpect(status().isOk());

        StoryFixtures.as(StoryFixtures.EDITOR, Role.EDITOR,
                () -> stories.unpublish(story.id(), StoryFixtures.EDITOR, "Persetujuan ditarik"));

        await().atMost(Duration.ofSeconds(60)).until(() -> SMTP.getReceivedMessagesForDomain("takedown.test").length,
                n -> n >= 1);
        MimeMessage notice = SMTP.getReceivedMessagesForDomain("takedown.test")[0];
        assertThat(notice.getSubject()).contains("Florist Lubuklinggau panen pesanan");
        assertThat(GreenMailUtil.getBody(notice)).contains("90");
    }

    private static StoryContent inRegion(StoryContent c, String regionCode) {
        return new StoryContent(c.language(), c.title(), c.slug(), c.summary(), c.body(), c.alumnusId(), regionCode,
                c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());
    }

    private static List<MimeMessage> mailsTo(String address, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> SMTP.getReceivedMessagesForDomain("jambi-news.test")
            .length >= count);
        return List.of(SMTP.getReceivedMessagesForDomain("jambi-news.test"));
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        String last = null;
        while (link.find()) {
            last = link.group(1);
        }
        assertThat(last).as("a Cerita link in the mail").isNotNull();
        return last;
    }
}
