package id.cerita.alert.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.cerita.alert.Cadence;
import id.cerita.alert.Follows;
import id.cerita.alert.MailBounces;
import id.cerita.alert.MailOutbox;
import id.cerita.alert.PendingAlerts;
import id.cerita.alert.PendingAlerts.Pending;
import id.cerita.alert.Subscriber;
import id.cerita.common.SystemActor;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;
import id.cerita.user.StaffUsers;
import id.cerita.common.ProgrammeZone;

/**
 * Mails waiting alerts in the journalist's language: one mail per story at once, or one digest a week. Without an
 * SMTP server configured ({@code spring.mail.host}) alerts wait. Each mail carries the follow's unsubscribe link
 * (also as {@code List-Unsubscribe}) and is copied to the outbox, sent or failed.
 */
@Component
class AlertMailer {

    private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);
    private static final int BATCH = 100;

    private final ObjectProvider<JavaMailSender> mail;
    private final PendingAlerts pending;
    private final Follows follows;
    private final StoryReader reader;
    private final StaffUsers users;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AlertProperties properties;
    private final MailBounces bounces;

    AlertMailer(ObjectProvider<JavaMailSender> mail, PendingAlerts pending, Follows follows, StoryReader reader,
            StaffUsers users, MailOutbox outbox, MessageSource messages, AlertProperties properties,
            MailBounces bounces) {
        this.bounces = bounces;
        this.mail = mail;
        this.pending = pending;
        this.follows = follows;
        this.reader = reader;
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${cerita.alerts.send-interval:PT5S}")
    @SchedulerLock(name = "alerts-instant", lockAtMostFor = "PT10M")
    void sendInstant() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        SystemActor.run(() -> {
            for (Pending alert : pending.due(Cadence.INSTANT, BATCH)) {
                Optional<StoryDetails> story = reader.published(alert.storyId(), Audience.PRESS);
                if (story.isPresent()) {
                    Locale locale = localeOf(alert.username());
                    String subject = text("alerts.mail.subject", locale, alert.followLabel(), story.get().title());
                    String body = text("alerts.mail.body", locale, alert.followLabel(), story.get().title(),
                            nullToEmpty(story.get().summary()), properties.link("/press/stories/" + story.get().slug()),
                            unsubscribeLink(alert));
                    send(sender, alert, "ALERT", subject, body);
                }
                // a story that left the press room since goes unmentioned
                pending.sent(alert.username(), alert.storyId());
            }
        });
    }

    @Scheduled(cron = "${cerita.alerts.digest-cron:0 0 8 * * MON}", zone = ProgrammeZone.NAME)
    @SchedulerLock(name = "alerts-weekly-digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void sendDigests() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        SystemActor.run(() -> {
            List<Pending> due = pending.due(Cadence.WEEKLY, 10_000);
            due.stream().map(Pending::username).distinct().forEach(username -> {
                List<Pending> mine = due.stream().filter(p -> p.username().equals(username)).toList();
                Locale locale = localeOf(username);
                StringBuilder lines = new StringBuilder();
                for (Pending alert : mine) {
                    reader.published(alert.storyId(), Audience.PRESS).ifPresent(story -> lines.append("- ")
                        .append(story.title()).append(" (").append(alert.followLabel()).append(")\n  ")
                        .append(properties.link("/press/stories/" + story.slug())).append('\n'));
                }
                if (!lines.isEmpty()) {
                    send(sender, mine.getFirst(), "DIGEST", text("alerts.digest.subject", locale, mine.size()),
                            text("alerts.digest.body", locale, lines.toString(), properties.link("/press/alerts")));
                }
                mine.forEach(p -> pending.sent(p.username(), p.storyId()));
            });
        });
    }

    /** Sends the link that confirms an address; false when no mail server is configured or it refused. */
    boolean sendConfirmation(String username, String email, String token, Locale locale) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        String subject = text("alerts.confirm.subject", locale);
        String error = transmit(sender, email, subject,
                text("alerts.confirm.body", locale, properties.link("/alerts/confirm/" + token)), null);
        // the outbox shows that a confirmation went out, never its link (it would let staff confirm for someone)
        outbox.record(email, username, "CONFIRMATION", subject, text("alerts.confirm.bodyHidden", locale), error);
        return error == null;
    }

    /** A notice about a story whose kit {@code username} downloaded; nothing when they have no confirmed address. */
    void sendKitNotice(String username, String kind, String title, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        follows.subscriber(username).filter(Subscriber::reachable).ifPresent(subscriber -> {
            Locale locale = localeOf(username);
            String key = "alerts." + kind.toLowerCase(Locale.ROOT);
            deliver(sender, subscriber.email(), username, kind, text(key + ".subject", locale, title),
                    text(key + ".body", locale, title, link, properties.link("/press")), null);
        });
    }

    private void send(JavaMailSender sender, Pending alert, String kind, String subject, String body) {
        deliver(sender, alert.email(), alert.username(), kind, subject, body, unsubscribeLink(alert));
    }

    /** Sends one mail and copies it to the outbox; false if the server refused it (the outbox says why). */
    boolean deliver(JavaMailSender sender, String email, String username, String kind, String subject, String body,
            String unsubscribe) {
        String error = transmit(sender, email, subject, body, unsubscribe);
        if (error != null) {
            log.warn("{} mail to {} failed: {}", kind, username, error);
        }
        outbox.record(email, username, kind, subject, body, error);
        return error == null;
    }

    /** Hands one plain-text mail to the SMTP server: null when it took it, else what went wrong. */
    private String transmit(JavaMailSender sender, String email, String subject, String body, String unsubscribe) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(email);
            helper.setSubject(subject);
            helper.setText(body, false);
            if (unsubscribe != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            }
            sender.send(message);
            return null;
        }
        catch (MessagingException | MailException e) {
            // a recipient the server refused for good is a bounce: no more mail to it until it is confirmed again
            Bounces.refusedRecipients(e).forEach(address -> bounces.record(address, MailBounces.Source.SMTP,
                    e.getMessage()));
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private String unsubscribeLink(Pending alert) {
        return properties.link("/alerts/unsubscribe/" + follows.unsubscribeToken(alert.followId()));
    }

    private Locale localeOf(String username) {
        return users.find(username).map(u -> u.preferredLanguage()).filter("en"::equals).map(Locale::forLanguageTag)
            .orElse(Locale.forLanguageTag("id"));
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
