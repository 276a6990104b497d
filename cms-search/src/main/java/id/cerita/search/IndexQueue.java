package id.cerita.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;

/**
 * The stories whose search documents are out of date, kept in the database ({@code search_index_queue}). Requests are
 * written in the transaction of the change itself; {@link SearchCatchUp} takes them in order and marks them done once
 * Elasticsearch has the new documents, so an outage or a crash only delays the index, never loses an update.
 */
@Component
class IndexQueue {

    private static final Duration KEEP_DONE = Duration.ofDays(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    IndexQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A request to rewrite these stories' documents; joins the caller's transaction. */
    void request(Collection<StoryId> storyIds) {
        OffsetDateTime now = now();
        for (StoryId storyId : storyIds) {
            jdbc.sql("INSERT INTO search_index_queue (story_id, requested_at, not_before) VALUES (?, ?, ?)")
                .params(storyId.value(), now, now).update();
        }
    }

    /** A request for every story in the database (a new, empty index: after a restore, a new cluster); how many. */
    int requestAll() {
        OffsetDateTime now = now();
        return jdbc.sql("INSERT INTO search_index_queue (story_id, requested_at, not_before) SELECT id, ?, ? FROM story")
            .params(now, now).update();
    }

    /** Open requests that are due, oldest first. */
    List<Request> due(int limit) {
        return jdbc.sql("""
                SELECT id, story_id, attempts FROM search_index_queue
                WHERE done_at IS NULL AND not_before <= ? ORDER BY id LIMIT ?""")
            .params(now(), limit)
            .query((rs, i) -> new Request(rs.getLong(1), new StoryId(rs.getObject(2, UUID.class)), rs.getInt(3))).list();
    }

    void done(Collection<Long> requestIds) {
        if (!requestIds.isEmpty()) {
            jdbc.sql("UPDATE search_index_queue SET done_at = :now WHERE id IN (:ids)").param("now", now())
                .param("ids", requestIds).update();
        }
    }

    /** A document that Elasticsearch refused: tried again later, each time waiting twice as long (at most 10 min). */
    void retryLater(Request request, String error) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(20, request.attempts()));
        jdbc.sql("UPDATE search_index_queue SET attempts = attempts + 1, last_error = ?, not_before = ? WHERE id = ?")
            .params(truncate(error), now().plusSeconds(seconds), request.id()).update();
    }

    /** Stories with a request made at or after {@code since}, done or not (a rebuild replays them). */
    List<StoryId> requestedSince(Instant since) {
        return jdbc.sql("SELECT DISTINCT story_id FROM search_index_queue WHERE requested_at >= ?")
            .param(since.atOffset(ZoneOffset.UTC)).query(UUID.class).stream().map(StoryId::new).toList();
    }

    /** How many requests are still open: 0 means the index has caught up with the database. */
    int open() {
        return jdbc.sql("SELECT COUNT(*) FROM search_index_queue WHERE done_at IS NULL").query(Integer.class).single();
    }

    /** What is waiting: how many, how many of those were refused at least once, since when, the last refusal. */
    IndexStatus status() {
        int waiting = open();
        int retrying = jdbc.sql("SELECT COUNT(*) FROM search_index_queue WHERE done_at IS NULL AND attempts > 0")
            .query(Integer.class).single();
        OffsetDateTime oldest = jdbc.sql("""
                SELECT requested_at FROM search_index_queue WHERE done_at IS NULL ORDER BY id LIMIT 1""")
            .query(OffsetDateTime.class).list().stream().findFirst().orElse(null);
        String lastError = jdbc.sql("""
                SELECT last_error FROM search_index_queue WHERE done_at IS NULL AND last_error IS NOT NULL
                ORDER BY id DESC LIMIT 1""").query(String.class).list().stream().findFirst().orElse(null);
        return new IndexStatus(waiting, retrying, oldest == null ? null : oldest.toInstant(), lastError);
    }

    void purgeDone() {
        jdbc.sql("DELETE FROM search_index_queue WHERE done_at < ?").param(now().minus(KEEP_DONE)).update();
    }

    /** Serialises batches across application instances; call inside the batch's transaction. */
    void lock() {
        jdbc.sql("SELECT name FROM search_index_lock WHERE name = 'stories' FOR UPDATE").query(String.class).list();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    record Request(long id, StoryId storyId, int attempts) {
    }
}
