package id.cerita.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.StoryId;

/**
 * Press-kit downloads counted per story, per journalist and per outlet (the outlet a journalist gave when asking for
 * an account; "—" for accounts an administrator opened directly). Every figure counts downloads, and journalists
 * separately, so that one reporter downloading ten times reads as such.
 */
@Service
@Transactional(readOnly = true)
public class KitDownloadStats {

    /** Outlet of journalists whose account did not come from a request. */
    public static final String NO_OUTLET = "—";

    // one outlet per account, however many requests it took
    private static final String OUTLETS = "SELECT username, MAX(outlet) AS outlet FROM account_request "
            + "WHERE username IS NOT NULL GROUP BY username";

    private final JdbcClient jdbc;

    KitDownloadStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoryRow(StoryId storyId, String title, String slug, long downloads, long journalists,
            Instant lastDownloadedAt) {
    }

    public record JournalistRow(String username, String displayName, String outlet, long downloads, long stories,
            Instant lastDownloadedAt) {
    }

    public record OutletRow(String outlet, long downloads, long journalists, long stories) {
    }

    /** A journalist's kit download that a clip from their outlet about the same story followed (on or after that day). */
    public record FollowedRow(StoryId storyId, String title, String username, String displayName, String outlet,
            Instant downloadedAt, UUID clipId, String headline, LocalDate clipPublishedOn, String clipUrl) {
    }

    public List<StoryRow> perStory() {
        return jdbc.sql("""
                SELECT d.story_id, s.title, s.slug, COUNT(*) AS downloads, COUNT(DISTINCT d.username) AS journalists,
                MAX(d.downloaded_at) AS last_at FROM press_kit_download d JOIN story s ON s.id = d.story_id
                GROUP BY d.story_id, s.title, s.slug ORDER BY downloads DESC, last_at DESC""")
            .query((rs, i) -> new StoryRow(new StoryId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                    rs.getLong(4), rs.getLong(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
            .list();
    }

    public List<JournalistRow> perJournalist() {
        return jdbc.sql("""
                SELECT d.username, u.display_name, COALESCE(MAX(r.outlet), ?) AS outlet, COUNT(*) AS downloads,
                COUNT(DISTINCT d.story_id) AS stories, MAX(d.downloaded_at) AS last_at
                FROM press_kit_download d JOIN staff_user u ON u.username = d.username
                LEFT JOIN (%s) r ON r.username = d.username
                GROUP BY d.username, u.display_name ORDER BY downloads DESC, d.username""".formatted(OUTLETS))
            .param(NO_OUTLET)
            .query((rs, i) -> new JournalistRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getLong(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
            .list();
    }

    /**
     * Downloads followed by coverage: the clip covers the downloaded story, its outlet is the journalist's (compared
     * without case and surrounding spaces) and it appeared on or after the day of the first such download. One row per
     * clip and journalist, newest clip first.
     */
    public List<FollowedRow> followedByCoverage() {
        return jdbc.sql("""
                SELECT d.story_id, s.title, d.username, u.display_name, c.outlet, MIN(d.downloaded_at) AS first_at,
                c.id, c.headline, c.published_on, c.url
                FROM press_kit_download d JOIN staff_user u ON u.username = d.username
                JOIN (%s) r ON r.username = d.username
                JOIN press_clip_story cs ON cs.story_id = d.story_id JOIN press_clip c ON c.id = cs.clip_id
                JOIN story s ON s.id = d.story_id
                WHERE LOWER(TRIM(c.outlet)) = LOWER(TRIM(r.outlet))
                GROUP BY d.story_id, s.title, d.username, u.display_name, c.outlet, c.id, c.headline, c.published_on,
                c.url
                HAVING CAST(MIN(d.downloaded_at) AS DATE) <= c.published_on
                ORDER BY c.published_on DESC, c.headline""".formatted(OUTLETS))
            .query((rs, i) -> new FollowedRow(new StoryId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                    rs.getObject(7, UUID.class), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10)))
            .list();
    }

    public List<OutletRow> perOutlet() {
        return jdbc.sql("""
                SELECT outlet, COUNT(*) AS downloads, COUNT(DISTINCT username), COUNT(DISTINCT story_id)
                FROM (SELECT COALESCE(r.outlet, ?) AS outlet, d.username, d.story_id FROM press_kit_download d
                      LEFT JOIN (%s) r ON r.username = d.username) x
                GROUP BY outlet ORDER BY downloads DESC, outlet""".formatted(OUTLETS))
            .param(NO_OUTLET)
            .query((rs, i) -> new OutletRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
            .list();
    }
}
