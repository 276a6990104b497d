package id.cerita.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.StoryId;

/**
 * Which journalist downloaded which story's press kit, and when: when the featured person's consent no longer covers
 * a kit, those who took it in the last 90 days are told to take the story down.
 */
@Service
@Transactional
public class PressKitDownloads {

    public static final Duration NOTICE_WINDOW = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final Clock clock;

    PressKitDownloads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(StoryId storyId, String username) {
        jdbc.sql("INSERT INTO press_kit_download (id, story_id, username, downloaded_at) VALUES (?, ?, ?, ?)")
            .params(UUID.randomUUID(), storyId.value(), username, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /** The stories this person downloaded a kit of within the notice window, with their latest download. */
    @Transactional(readOnly = true)
    public List<Download> recentBy(String username) {
        Instant since = clock.instant().minus(NOTICE_WINDOW);
        return jdbc.sql("""
                SELECT d.story_id, s.title, MAX(d.downloaded_at) AS last_at FROM press_kit_download d
                JOIN story s ON s.id = d.story_id
                WHERE d.username = ? AND d.downloaded_at >= ?
                GROUP BY d.story_id, s.title ORDER BY last_at DESC""")
            .params(username, since.atOffset(ZoneOffset.UTC))
            .query((rs, i) -> new Download(new StoryId(rs.getObject(1, UUID.class)), rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant()))
            .list();
    }

    /** Who downloaded this story's kit within the notice window: those a takedown or a correction must reach. */
    @Transactional(readOnly = true)
    public List<String> downloadersOf(StoryId storyId) {
        return jdbc.sql("SELECT DISTINCT username FROM press_kit_download WHERE story_id = ? AND downloaded_at >= ? "
                + "ORDER BY username")
            .params(storyId.value(), clock.instant().minus(NOTICE_WINDOW).atOffset(ZoneOffset.UTC))
            .query(String.class).list();
    }

    public record Download(StoryId storyId, String title, Instant lastDownloadedAt) {
    }
}
