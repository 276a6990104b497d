package id.cerita.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A copy of every mail Cerita sent or tried to send, for staff to read what journalists received. */
@Service
@Transactional
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Mail(UUID id, String recipient, String username, String kind, String subject, String body,
            Instant createdAt, Instant sentAt, String error) {
    }

    public void record(String recipient, String username, String kind, String subject, String body, String error) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO mail_message (id, recipient, username, kind, subject, body, created_at, sent_at, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), recipient, username, kind, subject, body, Follows.utc(now),
                    error == null ? Follows.utc(now) : null, error == null ? null
                            : error.substring(0, Math.min(error.length(), 1000)))
            .update();
    }

    @Transactional(readOnly = true)
    public List<Mail> latest(int limit) {
        return jdbc.sql("SELECT * FROM mail_message ORDER BY created_at DESC LIMIT ?").param(limit)
            .query((rs, i) -> new Mail(rs.getObject("id", UUID.class), rs.getString("recipient"),
                    rs.getString("username"), rs.getString("kind"), rs.getString("subject"), rs.getString("body"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    Follows.instant(rs.getObject("sent_at", OffsetDateTime.class)), rs.getString("error")))
            .list();
    }
}
