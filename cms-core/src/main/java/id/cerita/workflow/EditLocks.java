package id.cerita.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsStaff;
import id.cerita.common.StoryId;

/**
 * The soft edit lock: shows who is editing a story. It is advice, not a barrier (saves still check the version);
 * it expires by itself when its holder goes quiet, and can be taken over with a warning.
 */
@Service
@Transactional
@EnableConfigurationProperties(WorkflowProperties.class)
public class EditLocks {

    private static final String OWN = "hasRole('SYSTEM')"
            + " or (@capability.granted(authentication, 'WRITE_STORIES') and #by == authentication.name)";

    private final JdbcClient jdbc;
    private final WorkflowProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditLocks(JdbcClient jdbc, WorkflowProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Takes or renews the lock; with {@code takeover}, also from someone who still holds it. */
    @PreAuthorize(OWN)
    public LockOutcome acquire(StoryId storyId, String by, boolean takeover) {
        Instant now = clock.instant();
        Optional<EditLock> current = find(storyId);
        EditLock mine = new EditLock(storyId, by, now, now.plus(properties.editLockTtl()));
        if (current.isEmpty()) {
            jdbc.sql("INSERT INTO story_edit_lock (story_id, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(storyId.value(), by, utc(now), utc(mine.expiresAt())).update();
            return new LockOutcome.Acquired(mine);
        }
        EditLock held = current.get();
        if (held.heldBy(by)) {
            mine = new EditLock(storyId, by, held.acquiredAt(), mine.expiresAt());
            write(mine);
            return new LockOutcome.Acquired(mine);
        }
        if (!held.activeAt(now)) {
            write(mine);
            return new LockOutcome.Acquired(mine);
        }
        if (!takeover) {
            return new LockOutcome.HeldByOther(held);
        }
        write(mine);
        events.publishEvent(new EditLockTakenOver(storyId, held.holder(), by));
        return new LockOutcome.TakenOver(mine, held.holder());
    }

    /** Lets go of the lock, if it is still yours. */
    @PreAuthorize(OWN)
    public void release(StoryId storyId, String by) {
        jdbc.sql("DELETE FROM story_edit_lock WHERE story_id = ? AND holder = ?").params(storyId.value(), by).update();
    }

    /** The lock in force, if anyone holds one. */
    @AsStaff
    @Transactional(readOnly = true)
    public Optional<EditLock> current(StoryId storyId) {
        Instant now = clock.instant();
        return find(storyId).filter(lock -> lock.activeAt(now));
    }

    private Optional<EditLock> find(StoryId storyId) {
        return jdbc.sql("SELECT story_id, holder, acquired_at, expires_at FROM story_edit_lock WHERE story_id = ?")
            .param(storyId.value()).query(EditLocks::lock).optional();
    }

    private void write(EditLock lock) {
        jdbc.sql("UPDATE story_edit_lock SET holder = ?, acquired_at = ?, expires_at = ? WHERE story_id = ?")
            .params(lock.holder(), utc(lock.acquiredAt()), utc(lock.expiresAt()), lock.storyId().value()).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static EditLock lock(ResultSet rs, int row) throws SQLException {
        return new EditLock(new StoryId(rs.getObject("story_id", UUID.class)), rs.getString("holder"),
                rs.getObject("acquired_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
