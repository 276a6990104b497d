package id.cerita.story;

import id.cerita.common.StoryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.cerita.story.StoryDetails.Translation;

/**
 * Loads many story aggregates in six queries instead of six per story: the repository reads each aggregate's five
 * collections one story at a time, which made reading 10,000 stories for an export take 16 s (bench/export). Read only;
 * saving stays with the repository.
 */
@Component
class StoryRows {

    private final JdbcClient jdbc;

    StoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stories with these ids that exist, by id. */
    Map<StoryId, Story> load(Collection<StoryId> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = storyIds.stream().map(StoryId::value).toList();
        Map<UUID, Set<CourseRef>> courses = new HashMap<>();
        children("SELECT story_id, course_id FROM story_course WHERE story_id IN (:ids)", ids,
                (id, rs) -> courses.computeIfAbsent(id, k -> new HashSet<>())
                    .add(new CourseRef(rs.getObject("course_id", UUID.class))));
        Map<UUID, Set<ThemeRef>> themes = new HashMap<>();
        children("SELECT story_id, theme_code FROM story_theme WHERE story_id IN (:ids)", ids,
                (id, rs) -> themes.computeIfAbsent(id, k -> new HashSet<>()).add(new ThemeRef(rs.getString("theme_code"))));
        Map<UUID, List<Quote>> quotes = new HashMap<>();
        children("SELECT * FROM story_quote WHERE story_id IN (:ids) ORDER BY story_id, position", ids,
                (id, rs) -> quotes.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Quote(rs.getString("text"), rs.getString("speaker"), rs.getString("speaker_role"))));
        Map<UUID, List<Outcome>> outcomes = new HashMap<>();
        children("SELECT * FROM story_outcome WHERE story_id IN (:ids) ORDER BY story_id, position", ids,
                (id, rs) -> outcomes.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Outcome(OutcomeKind.valueOf(rs.getString("kind")), rs.getString("description"),
                            rs.getObject("baseline", Long.class), rs.getObject("amount", Long.class),
                            rs.getString("formerly"), rs.getString("source"))));
        Map<UUID, List<SourceReference>> sources = new HashMap<>();
        children("SELECT * FROM story_source WHERE story_id IN (:ids) ORDER BY story_id, position", ids,
                (id, rs) -> sources.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new SourceReference(rs.getString("outlet"), rs.getString("title"), rs.getString("url"),
                            rs.getObject("published_on", java.time.LocalDate.class))));
        Map<StoryId, Story> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM story WHERE id IN (:ids)").param("ids", ids).query((RowMapper<Story>) (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new Story(id, rs.getString("slug"), Language.valueOf(rs.getString("language")),
                    rs.getObject("translation_key", UUID.class), rs.getString("title"), rs.getString("summary"),
                    rs.getString("body"), rs.getObject("alumnus_id", UUID.class), rs.getString("region_code"),
                    rs.getObject("gathering_id", UUID.class), StoryStatus.valueOf(rs.getString("status")),
                    rs.getInt("current_revision"), new Publication(rs.getBoolean("live"),
                            rs.getObject("published_revision", Integer.class), instant(rs, "published_at")),
                    rs.getString("author"), rs.getString("last_editor"), instant(rs, "created_at"),
                    instant(rs, "updated_at"), schedule(rs), embargo(rs),
                    courses.getOrDefault(id, Set.of()), themes.getOrDefault(id, Set.of()),
                    quotes.getOrDefault(id, List.of()), outcomes.getOrDefault(id, List.of()),
                    sources.getOrDefault(id, List.of()), rs.getLong("version"));
        }).list().forEach(story -> loaded.put(story.id(), story));
        return loaded;
    }

    /** The other language versions of stories with these translation keys, by key, with their working titles. */
    Map<UUID, List<Translation>> translations(Collection<UUID> translationKeys) {
        Map<UUID, List<Translation>> byKey = new HashMap<>();
        if (translationKeys.isEmpty()) {
            return byKey;
        }
        jdbc.sql("SELECT id, translation_key, language, slug, title, live FROM story WHERE translation_key IN (:keys)")
            .param("keys", translationKeys).query(rs -> {
                byKey.computeIfAbsent(rs.getObject("translation_key", UUID.class), k -> new ArrayList<>())
                    .add(new Translation(new StoryId(rs.getObject("id", UUID.class)), Language.valueOf(rs.getString("language")),
                            rs.getString("slug"), rs.getString("title"), rs.getBoolean("live")));
            });
        return byKey;
    }

    private interface Row {
        void accept(UUID storyId, ResultSet rs) throws SQLException;
    }

    private void children(String sql, Collection<UUID> ids, Row row) {
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            row.accept(rs.getObject("story_id", UUID.class), rs);
        });
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        Instant at = instant(rs, "scheduled_at");
        return at == null ? null : new Schedule(at, rs.getString("schedule_zone"));
    }

    private static Embargo embargo(ResultSet rs) throws SQLException {
        Instant until = instant(rs, "embargo_until");
        return until == null ? null : new Embargo(until);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
