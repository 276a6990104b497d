package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import id.cerita.alert.Cadence;
import id.cerita.alert.FollowKind;
import id.cerita.alert.Follows;
import id.cerita.alert.PendingAlerts;
import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * A scheduled job runs on one instance at a time: while another instance holds the weekly digest's lock row, this
 * one skips the run, and the digest goes out once when the lock is free.
 */
@SpringBootTest
class SchedulerLockTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
        .dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** The PostgreSQL run shares this server (a static of this class): it starts with an empty inbox. */
    @AfterAll
    static void emptyTheInbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void skipsTheWeeklyDigestWhileAnotherInstanceHoldsItsLockAndSendsItOnceAfterwards(@Autowired AlertMailer mailer,
            @Autowired LockProvider locks, @Autowired StaffUsers users, @Autowired Follows follows,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired PendingAlerts pending) {
        SystemActor.run(() -> users.create("wartawan-mingguan", "Wartawan Mingguan", "kata-sandi-wartawan-8",
                EnumSet.of(Role.JOURNALIST)));
        follows.confirm(follows.changeEmail("wartawan-mingguan", "mingguan@digest-lock.test"));
        follows.follow("wartawan-mingguan", FollowKind.PROVINCE, "75", "Gorontalo", Cadence.WEEKLY);
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Penata rias Gorontalo menambah pelanggan");
        // the dispatch listener records the weekly delivery after the publication commits
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
            .until(() -> !pending.due(Cadence.WEEKLY, 10).isEmpty());

        // the other instance is mailing the digest right now
        SimpleLock other = locks.lock(new LockConfiguration(Instant.now(), "alerts-weekly-digest",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        mailer.sendDigests();
        assertThat(SMTP.getReceivedMessagesForDomain("digest-lock.test")).as("skipped while locked").isEmpty();

        other.unlock();
        mailer.sendDigests();
        assertThat(SMTP.getReceivedMessagesForDomain("digest-lock.test")).hasSize(1);
        mailer.sendDigests();
        assertThat(SMTP.getReceivedMessagesForDomain("digest-lock.test")).as("once").hasSize(1);
    }
}
