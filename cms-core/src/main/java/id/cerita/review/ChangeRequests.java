package id.cerita.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.StoryId;
import id.cerita.story.StoryChangesRequested;

/**
 * The reasons stories were sent back, recorded in the transaction of the request itself (both happen or neither),
 * read by the writer's editor and dashboard. A read model: append-only rows, small indexed queries.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChangeRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(StoryChangesRequested event) {
        String reason = event.reason() == null ? "" : event.reason().strip();
        jdbc.sql("INSERT INTO change_request (id, story_id, reason, requested_by, requested_at) VALUES (?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), event.storyId().value(), reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                    event.by(), clock.instant().atOffset(ZoneOffset.UTC))
            .update();
    }

    /** The most recent request on the story, if it was ever sent back. */
    public Optional<ChangeRequest> latest(StoryId storyId) {
        return jdbc.sql("SELECT story_id, reason, requested_by, requested_at FROM change_request WHERE story_id = ?"
                + " ORDER BY requested_at DESC LIMIT 1")
            .param(storyId.value()).query((rs, i) -> new ChangeRequest(new StoryId(rs.getObject(1, UUID.class)), rs.getString(2),
                    rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
            .optional();
    }

    /** The latest request per story, for a list of stories (the dashboard). */
    public Map<StoryId, ChangeRequest> latest(Collection<StoryId> storyIds) {
        Map<StoryId, ChangeRequest> latest = new HashMap<>();
        storyIds.forEach(id -> latest(id).ifPresent(r -> latest.put(id, r)));
        return latest;
    }
}
