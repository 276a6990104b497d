package id.cerita.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.StoryId;

/**
 * Alerts waiting to be mailed, for the mailer: only to confirmed addresses (an unconfirmed journalist's alerts wait,
 * and go once the address is confirmed, if still recent), marked sent one by one so a failure retries only itself.
 */
@Service
@Transactional
public class PendingAlerts {

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An alert to send: who, where, which story, because of which follow. */
    public record Pending(String username, String email, StoryId storyId, UUID followId, String followLabel,
            Instant createdAt) {
    }

    @Transactional(readOnly = true)
    public List<Pending> due(Cadence cadence, int limit) {
        return jdbc.sql("""
                SELECT d.username, s.email, d.story_id, d.follow_id, f.label, d.created_at
                FROM alert_delivery d
                JOIN alert_subscriber s ON s.username = d.username AND s.confirmed_at IS NOT NULL AND s.bounced_at IS NULL
                JOIN alert_follow f ON f.id = d.follow_id
                WHERE d.sent_at IS NULL AND d.cadence = ?
                ORDER BY d.created_at LIMIT ?""")
            .params(cadence.name(), limit)
            .query((rs, i) -> new Pending(rs.getString(1), rs.getString(2), new StoryId(rs.getObject(3, UUID.class)),
                    rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
            .list();
    }

    public void sent(String username, StoryId storyId) {
        jdbc.sql("UPDATE alert_delivery SET sent_at = ? WHERE username = ? AND story_id = ?")
            .params(Follows.utc(clock.instant()), username, storyId.value()).update();
    }
}
