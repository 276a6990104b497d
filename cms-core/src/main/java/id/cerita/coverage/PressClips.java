package id.cerita.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.common.AsStaff;
import id.cerita.common.GatheringId;
import id.cerita.common.Identifier;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;

/** The clips staff record, and coverage counted per story, per province (of the stories covered) and per month. */
@Service
@Transactional
@Validated
@AsStaff
public class PressClips {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CoverageCounts counts;

    PressClips(JdbcClient jdbc, Clock clock, CoverageCounts counts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = counts;
    }

    public PressClip record(@Valid ClipDetails details, String by) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO press_clip (id, outlet, url, published_on, reporter, headline, excerpt, language, reach,
                gathering_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(id, details.outlet(), details.url(), details.publishedOn(), details.reporter(), details.headline(),
                    details.excerpt(), details.language(), details.reach(),
                    Identifier.uuidOrNull(details.gatheringId()), by, utc(now), utc(now))
            .update();
        link(id, details.storyIds());
        return new PressClip(id, details, by, now);
    }

    public PressClip revise(UUID id, @Valid ClipDetails details) {
        PressClip before = require(id);
        jdbc.sql("""
                UPDATE press_clip SET outlet = ?, url = ?, published_on = ?, reporter = ?, headline = ?, excerpt = ?,
                language = ?, reach = ?, gathering_id = ?, updated_at = ? WHERE id = ?""")
            .params(details.outlet(), details.url(), details.publishedOn(), details.reporter(), details.headline(),
                    details.excerpt(), details.language(), details.reach(),
                    Identifier.uuidOrNull(details.gatheringId()), utc(clock.instant()), id)
            .update();
        jdbc.sql("DELETE FROM press_clip_story WHERE clip_id = ?").param(id).update();
        link(id, details.storyIds());
        return new PressClip(id, details, before.createdBy(), before.createdAt());
    }

    public void delete(UUID id) {
        require(id);
        jdbc.sql("DELETE FROM press_clip WHERE id = ?").param(id).update();
    }

    @Transactional(readOnly = true)
    public PressClip require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("clip", "Liputan tidak ditemukan: " + id, id));
    }

    @Transactional(readOnly = true)
    public Optional<PressClip> find(UUID id) {
        return jdbc.sql("SELECT * FROM press_clip WHERE id = ?").param(id).query(PressClips::clip).optional()
            .map(clip -> withStories(List.of(clip)).getFirst());
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<PressClip> all() {
        return withStories(jdbc.sql("SELECT * FROM press_clip ORDER BY published_on DESC, created_at DESC")
            .query(PressClips::clip).list());
    }

    /** The newest {@code limit} clips, for the dashboard. */
    @Transactional(readOnly = true)
    public List<PressClip> latest(int limit) {
        return withStories(jdbc.sql("SELECT * FROM press_clip ORDER BY published_on DESC, created_at DESC LIMIT ?")
            .param(limit).query(PressClips::clip).list());
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM press_clip").query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<PressClip> ofStory(StoryId storyId) {
        return withStories(jdbc.sql("""
                SELECT c.* FROM press_clip c JOIN press_clip_story s ON s.clip_id = c.id WHERE s.story_id = ?
                ORDER BY c.published_on DESC""").param(storyId.value()).query(PressClips::clip).list());
    }

    /** Clips per province of the stories they cover (a clip of two provinces counts for each), most first. */
    public List<Count> perProvince() {
        return counts.perProvince();
    }

    /** Clips per month of publication, the last twelve months that had any, oldest first. */
    @Transactional(readOnly = true)
    public List<Count> perMonth() {
        List<Count> newest = jdbc.sql("""
                SELECT EXTRACT(YEAR FROM published_on) AS y, EXTRACT(MONTH FROM published_on) AS m, COUNT(*)
                FROM press_clip GROUP BY EXTRACT(YEAR FROM published_on), EXTRACT(MONTH FROM published_on)
                ORDER BY y DESC, m DESC LIMIT 12""")
            .query((rs, i) -> {
                String month = YearMonth.of(rs.getInt(1), rs.getInt(2)).toString();
                return new Count(month, month, rs.getLong(3));
            })
            .list();
        return newest.reversed();
    }

    /** A count under a key (a province code, a month {@code 2024-06}) with its label. */
    public record Count(String key, String label, long count) {
    }

    private void link(UUID clipId, Set<StoryId> storyIds) {
        for (StoryId storyId : storyIds) {
            jdbc.sql("INSERT INTO press_clip_story (clip_id, story_id) VALUES (?, ?)").params(clipId, storyId.value())
                .update();
        }
    }

    /** The clips with the stories they cover, read in one query rather than one per clip. */
    private List<PressClip> withStories(List<PressClip> clips) {
        if (clips.isEmpty()) {
            return clips;
        }
        Map<UUID, Set<StoryId>> covered = new HashMap<>();
        jdbc.sql("SELECT clip_id, story_id FROM press_clip_story WHERE clip_id IN (:ids)")
            .param("ids", clips.stream().map(PressClip::id).toList())
            .query((rs, i) -> covered.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                .add(new StoryId(rs.getObject(2, UUID.class))))
            .list();
        return clips.stream().map(c -> {
            ClipDetails d = c.details();
            return new PressClip(c.id(), new ClipDetails(d.outlet(), d.url(), d.publishedOn(), d.reporter(),
                    d.headline(), d.excerpt(), d.language(), d.reach(), d.gatheringId(),
                    covered.getOrDefault(c.id(), Set.of())), c.createdBy(), c.createdAt());
        }).toList();
    }

    private static PressClip clip(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Long reach = rs.getObject("reach") == null ? null : rs.getLong("reach");
        GatheringId gathering = Identifier.ofNullable(rs.getObject("gathering_id", UUID.class), GatheringId::new);
        ClipDetails details = new ClipDetails(rs.getString("outlet"), rs.getString("url"),
                rs.getObject("published_on", LocalDate.class), rs.getString("reporter"), rs.getString("headline"),
                rs.getString("excerpt"), rs.getString("language"), reach, gathering, Set.of());
        return new PressClip(id, details, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
