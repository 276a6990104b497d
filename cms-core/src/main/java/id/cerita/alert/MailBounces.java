package id.cerita.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that bounced. A hard bounce (a permanent refusal: the mailbox does not exist) marks the journalist's
 * address as bouncing at once, since retrying an address that does not exist only hurts the sender's reputation;
 * nothing more goes to it until its owner enters an address again and confirms it ({@link Follows#changeEmail}).
 */
@Service
@Transactional
public class MailBounces {

    /** Where the bounce was learnt. */
    public enum Source {
        /** The SMTP server refused the recipient while Cerita was sending. */
        SMTP,
        /** A delivery status notification (RFC 3464) arrived in the bounce mailbox later. */
        DSN
    }

    public record Bounce(UUID id, String recipient, Source source, String reason, Instant bouncedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailBounces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the bounce and stops mail to every subscriber with that address; answers how many it stopped. */
    public int record(String recipient, Source source, String reason) {
        String address = recipient.strip();
        String why = reason == null || reason.isBlank() ? source.name() : reason.strip();
        why = why.substring(0, Math.min(why.length(), 1000));
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO mail_bounce (id, recipient, source, reason, bounced_at) VALUES (?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), address, source.name(), why, Follows.utc(now)).update();
        return jdbc.sql("""
                UPDATE alert_subscriber SET bounced_at = ?, bounce_reason = ? WHERE LOWER(email) = ?""")
            .params(Follows.utc(now), why, address.toLowerCase(Locale.ROOT)).update();
    }

    @Transactional(readOnly = true)
    public List<Bounce> latest(int limit) {
        return jdbc.sql("SELECT * FROM mail_bounce ORDER BY bounced_at DESC LIMIT ?").param(limit)
            .query((rs, i) -> new Bounce(rs.getObject("id", UUID.class), rs.getString("recipient"),
                    Source.valueOf(rs.getString("source")), rs.getString("reason"),
                    rs.getObject("bounced_at", OffsetDateTime.class).toInstant()))
            .list();
    }
}
