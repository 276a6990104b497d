package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.MailSendException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import id.cerita.alert.Cadence;
import id.cerita.alert.FollowKind;
import id.cerita.alert.Follows;
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
 * Bounces through real servers (GreenMail's SMTP and IMAP): a delivery status notification in the bounce mailbox stops
 * the next alert to that address, the journalist sees why on the alerts page and staff on the outbox page; a
 * permanent SMTP refusal is read as a bounce too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BounceTests {

    private static final GreenMail MAIL = new GreenMail(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort() });
    private static final String EMAIL = "redaksi@pindah-kantor.test";

    static {
        MAIL.start();
        MAIL.setUser("bounces@cms.test", "bounces", "rahasia-bounce");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("cerita.alerts.send-interval", () -> "PT1S");
        registry.add("cerita.alerts.bounces.host", () -> "127.0.0.1");
        registry.add("cerita.alerts.bounces.port", () -> MAIL.getImap().getPort());
        registry.add("cerita.alerts.bounces.protocol", () -> "imap");
        registry.add("cerita.alerts.bounces.username", () -> "bounces");
        registry.add("cerita.alerts.bounces.password", () -> "rahasia-bounce");
        registry.add("cerita.alerts.bounces.interval", () -> "PT1H");
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @Test
    void aDeliveryFailureReportStopsTheNextAlertAndSaysWhyToTheJournalistAndToStaff(@Autowired MockMvc mvc,
            @Autowired StaffUsers users, @Autowired Follows follows, @Autowired BounceMailbox mailbox,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        SystemActor.run(() -> users.create("wartawan-pindah", "Wartawan Pindah", "kata-sandi-wartawan-7",
                EnumSet.of(Role.JOURNALIST)));
        follows.confirm(follows.changeEmail("wartawan-pindah", EMAIL));
        follows.follow("wartawan-pindah", FollowKind.PROVINCE, "15", "Jambi", Cadence.INSTANT);
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        fixtures.aPublishedStory(jambi(fixtures, "Papan ucapan Yeni laris di Jambi"));
        await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.getReceivedMessagesForDomain("pindah-kantor.test").length,
                n -> n == 1);

        MAIL.getUserManager().getUser("bounces").deliver(deliveryFailure(EMAIL));
        assertThat(mailbox.read()).isEqualTo(1);
        assertThat(follows.subscriber("wartawan-pindah").orElseThrow().bouncing()).isTrue();
        assertThat(mailbox.read()).as("the report was deleted once read").isZero();

        fixtures.aPublishedStory(jambi(fixtures, "Donat Aidoo membuka gerai kedua"));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(MAIL.getReceivedMessagesForDomain("pindah-kantor.test")).hasSize(1));

        String page = mvc.perform(get("/press/alerts").with(user("wartawan-pindah").roles("JOURNALIST")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("menolak e-mail kami", "5.1.1");
        String english = mvc.perform(get("/press/alerts").param("lang", "en")
                .with(user("wartawan-pindah").roles("JOURNALIST"))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("refused our mail");
        String outbox = mvc.perform(get("/mail/outbox").with(user("budi").roles("EDITOR"))).andReturn().getResponse()
            .getContentAsString();
        assertThat(outbox).contains(EMAIL, "laporan kegagalan kiriman");

        // entering the address again asks for a new confirmation, and nothing goes before it
        follows.changeEmail("wartawan-pindah", EMAIL);
        assertThat(follows.subscriber("wartawan-pindah").orElseThrow().bouncing()).isFalse();
    }

    @Test
    void readsARecipientTheServerRefusedForGoodAsABounce() {
        // an address the server did take but the mail never reached is not a refusal of the address
        var unsent = new jakarta.mail.SendFailedException("451 try later", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[] { address("nanti@contoh.test") }, new jakarta.mail.Address[0]);
        assertThat(Bounces.refusedRecipients(new MailSendException("send failed", unsent))).isEmpty();
        var invalid = new jakarta.mail.SendFailedException("550 5.1.1 user unknown", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[0], new jakarta.mail.Address[] { address("hilang@contoh.test") });
        assertThat(Bounces.refusedRecipients(new MailSendException("send failed", invalid)))
            .isEqualTo(Set.of("hilang@contoh.test"));
        assertThat(Bounces.refusedRecipients(new MailSendException("connection refused"))).isEmpty();
    }

    @Test
    void readsOnlyTheFailedRecipientsOfADeliveryStatusReport() {
        var failed = Bounces.parse("""
                Reporting-MTA: dns; mx.contoh.test

                Final-Recipient: rfc822; hilang@contoh.test
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 user unknown

                Final-Recipient: rfc822; lambat@contoh.test
                Action: delayed
                Status: 4.4.1
                """);
        assertThat(failed).extracting(Bounces.Failed::recipient).containsExactly("hilang@contoh.test");
        assertThat(failed.getFirst().reason()).contains("5.1.1", "user unknown");
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text);
        }
        catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A bounce as a receiving server writes it (RFC 3464), addressed to the bounce mailbox. */
    private static MimeMessage deliveryFailure(String recipient) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setFrom("MAILER-DAEMON@mx.pindah-kantor.test");
        message.setRecipients(MimeMessage.RecipientType.TO, "bounces@cms.test");
        message.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("The mail could not be delivered.", "UTF-8");
        report.addBodyPart(human);
        MimeBodyPart status = new MimeBodyPart();
        String dsn = "Reporting-MTA: dns; mx.pindah-kantor.test\r\n\r\nFinal-Recipient: rfc822; " + recipient
                + "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 mailbox does not exist\r\n";
        status.setDataHandler(new DataHandler(new ByteArrayDataSource(dsn.getBytes(StandardCharsets.US_ASCII),
                "message/delivery-status")));
        status.setHeader("Content-Type", "message/delivery-status");
        report.addBodyPart(status);
        message.setContent(report);
        message.saveChanges();
        return message;
    }

    private static StoryContent jambi(StoryFixtures fixtures, String title) {
        StoryContent c = fixtures.content(title);
        return new StoryContent(c.language(), c.title(), c.slug(), c.summary(), c.body(), c.alumnusId(),
                StoryFixtures.KOTA_JAMBI, c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(),
                c.sources());
    }
}
