package id.cerita.story;

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

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.Identifier;
import id.cerita.common.StoryId;
import id.cerita.region.RegionCode;
import id.cerita.story.StoryDetails.Translation;

/**
 * Reads stories for display ({@link StoryRow}) in six queries per batch instead of six per story: the repository reads
 * each aggregate's five collections one story at a time, which made reading 10,000 stories for an export take 16 s
 * (bench/export). Read only; changes load the aggregate through the repository.
 */
@Component
class StoryRows {

    private final JdbcClient jdbc;

    StoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stories with these ids that exist, by id. */
    Map<StoryId, StoryRow> load(Collection<StoryId> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = storyIds.stream().map(StoryId::value).toList();
        Map<UUID, Set<CourseId>> courses = new HashMap<>();
        children("SELECT story_id, course_id FROM story_course WHERE story_id IN (:ids)", ids,
                (id, rs) -> courses.computeIfAbsent(id, k -> new HashSet<>())
                    .add(new CourseId(rs.getObject("course_id", UUID.class))));
        Map<UUID, Set<String>> themes = new HashMap<>();
        children("SELECT story_id, theme_code FROM story_theme WHERE story_id IN (:ids)", ids,
                (id, rs) -> themes.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString("theme_code")));
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
        Map<StoryId, StoryRow> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM story WHERE id IN (:ids)").param("ids", ids).query((RowMapper<StoryRow>) (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            String region = rs.getString("region_code");
            AlumnusId alumnus = Identifier.ofNullable(rs.getObject("alumnus_id", UUID.class), AlumnusId::new);
            GatheringId gathering = Identifier.ofNullable(rs.getObject("gathering_id", UUID.class), GatheringId::new);
            return new StoryRow(new StoryId(id), new Slug(rs.getString("slug")),
                    Language.valueOf(rs.getString("language")), rs.getObject("translation_key", UUID.class),
                    rs.getString("title"), rs.getString("summary"), rs.getString("body"),
                    alumnus, region == null ? null : RegionCode.of(region), gathering,
                    StoryStatus.valueOf(rs.getString("status")),
                    rs.getInt("current_revision"), new Publication(rs.getBoolean("live"),
                            rs.getObject("published_revision", Integer.class), instant(rs, "published_at")),
                    rs.getString("author"), instant(rs, "updated_at"), embargo(rs),
                    Set.copyOf(courses.getOrDefault(id, Set.of())), Set.copyOf(themes.getOrDefault(id, Set.of())),
                    List.copyOf(quotes.getOrDefault(id, List.of())), List.copyOf(outcomes.getOrDefault(id, List.of())),
                    List.copyOf(sources.getOrDefault(id, List.of())));
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
                    .add(new Translation(new StoryId(rs.getObject("id", UUID.class)),
                            Language.valueOf(rs.getString("language")), rs.getString("slug"), rs.getString("title"),
                            rs.getBoolean("live")));
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

    private static Embargo embargo(ResultSet rs) throws SQLException {
        Instant until = instant(rs, "embargo_until");
        return until == null ? null : new Embargo(until);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
