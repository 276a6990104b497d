package id.cerita.alert.web;

import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.cerita.alert.MailBounces;

/**
 * Reads the bounce mailbox (the envelope sender of alert mails, {@code spring.mail.properties.mail.smtp.from}) over
 * IMAP: each delivery status notification's failed recipients are recorded as bounces, and the notification is
 * deleted once read. Other mail there is left alone.
 */
@Component
@ConditionalOnProperty("cerita.alerts.bounces.host")
class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    private final BounceMailboxProperties properties;
    private final MailBounces bounces;

    BounceMailbox(BounceMailboxProperties properties, MailBounces bounces) {
        this.properties = properties;
        this.bounces = bounces;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${cerita.alerts.bounces.interval:PT1M}")
    @SchedulerLock(name = "alerts-bounce-mailbox", lockAtMostFor = "PT10M")
    void poll() {
        try {
            read();
        }
        catch (MessagingException | java.io.IOException | RuntimeException e) {
            // an unreachable mailbox is retried at the next poll; the bounces wait there
            log.warn("Bounce mailbox {}:{} not read: {}", properties.host(), properties.port(), e.toString());
        }
    }

    /** Reads the mailbox once; answers how many bounces it recorded. */
    int read() throws MessagingException, java.io.IOException {
        Properties session = new Properties();
        session.put("mail.store.protocol", properties.protocol());
        session.put("mail." + properties.protocol() + ".connectiontimeout", "10000");
        session.put("mail." + properties.protocol() + ".timeout", "10000");
        int recorded = 0;
        try (Store store = Session.getInstance(session).getStore(properties.protocol())) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.getMessages()) {
                    var failed = Bounces.failedRecipients(message);
                    for (Bounces.Failed f : failed) {
                        bounces.record(f.recipient(), MailBounces.Source.DSN, f.reason());
                        recorded++;
                    }
                    if (!failed.isEmpty()) {
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            }
            finally {
                folder.close(true);
            }
        }
        if (recorded > 0) {
            log.info("{} bounce(s) recorded from the bounce mailbox", recorded);
        }
        return recorded;
    }
}
