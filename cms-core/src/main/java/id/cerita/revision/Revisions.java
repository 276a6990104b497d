package id.cerita.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsStaff;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;

/** The history of every story's text. */
@Service
@Transactional(readOnly = true)
public class Revisions {

    private final StoryRevisionRepository revisions;
    private final JdbcClient jdbc;

    Revisions(StoryRevisionRepository revisions, JdbcClient jdbc) {
        this.revisions = revisions;
        this.jdbc = jdbc;
    }

    @Transactional
    public StoryRevision record(RevisionSnapshot snapshot) {
        return revisions.save(StoryRevision.of(snapshot));
    }

    public StoryRevision get(StoryId storyId, int number) {
        return revisions.findByStoryIdAndNumber(storyId.value(), number)
            .orElseThrow(() -> new NotFoundException("revision", "Revisi " + number + " tidak ditemukan", number));
    }

    /**
     * Many revisions at once, by story id: one query for what {@link #get} would read one story at a time (an export
     * reads the published revision of every story). Revisions that do not exist are left out.
     */
    public Map<StoryId, StoryRevision> all(Map<StoryId, Integer> numbers) {
        Map<StoryId, StoryRevision> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        List<Object[]> pairs = numbers.entrySet().stream().map(e -> new Object[] { e.getKey().value(), e.getValue() }).toList();
        // IN (VALUES ...): PostgreSQL plans a plain row list of 500 pairs as 500 OR'd index conditions (74 ms to plan,
        // 36 to run, a third of an export's read: bench/results/export.md); a VALUES list joins in 9 ms
        jdbc.sql("SELECT * FROM story_revision WHERE (story_id, number) IN (VALUES :pairs)").param("pairs", pairs)
            .query(rs -> {
                var created = rs.getTimestamp("created_at");
                StoryRevision revision = new StoryRevision(rs.getObject("id", UUID.class),
                        rs.getObject("story_id", UUID.class), rs.getInt("number"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("body"), rs.getString("author"),
                        created == null ? null : created.toInstant(), rs.getString("note"), rs.getString("facts"));
                found.put(revision.storyId(), revision);
            });
        return found;
    }

    /** A word-level comparison of any two revisions of a story (older or newer, in either order). */
    @AsStaff
    public RevisionComparison compare(StoryId storyId, int from, int to) {
        StoryRevision a = get(storyId, from);
        StoryRevision b = get(storyId, to);
        return new RevisionComparison(storyId, summary(a), summary(b), WordDiff.between(a.title(), b.title()),
                WordDiff.between(a.summary(), b.summary()), WordDiff.between(a.body(), b.body()),
                a.hasFacts() && b.hasFacts() ? a.facts().compareWith(b.facts()) : List.of());
    }

    private static RevisionSummary summary(StoryRevision r) {
        return new RevisionSummary(r.number(), r.author(), r.createdAt(), r.note(), r.body().length());
    }

    /** Newest first, without loading the texts: a story with a thousand revisions lists in one small query. */
    @AsStaff
    public List<RevisionSummary> history(StoryId storyId) {
        return jdbc.sql("""
                SELECT number, author, created_at, note, LENGTH(body) AS body_length
                FROM story_revision WHERE story_id = ? ORDER BY number DESC""")
            .param(storyId.value())
            .query((rs, i) -> new RevisionSummary(rs.getInt("number"), rs.getString("author"),
                    rs.getTimestamp("created_at").toInstant(), rs.getString("note"), rs.getInt("body_length")))
            .list();
    }
}
