package id.cerita.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.coverage.CoverageCounts;
import id.cerita.region.Regions;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * Reads the impact figures from what the public may see, so the staff pages show what the next site export will: live
 * stories through the public visibility rule, counted by {@link ImpactTally}. Reading every live story is the cost
 * of that rule (a few queries per story), so the staff pages' overview is kept while nothing it reads has changed in
 * the database (a one-row stamp over stories, alumni and clips, so a change made on another instance shows at once)
 * and for at most {@code cerita.impact.cache-ttl} (a minute: embargoes and consents also end by the clock alone).
 * The site export never uses the kept one.
 */
@Service
public class ImpactReports {

    private final StoryReader reader;
    private final CoverageCounts clips;
    private final Regions regions;
    private final Clock clock;
    private final Duration ttl;
    private final JdbcClient jdbc;
    private final AtomicReference<Kept> kept = new AtomicReference<>();

    /** An overview, when it was read and the database's stamp at that time. */
    private record Kept(ImpactOverview overview, Instant readAt, String stamp) {
    }

    ImpactReports(StoryReader reader, CoverageCounts clips, Regions regions, Clock clock, JdbcClient jdbc,
            @Value("${cerita.impact.cache-ttl:PT1M}") Duration ttl) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.clips = clips;
        this.regions = regions;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Transactional(readOnly = true)
    public ImpactOverview overview() {
        Kept last = kept.get();
        Instant now = clock.instant();
        String stamp = stamp();
        if (last != null && now.isBefore(last.readAt().plus(ttl)) && last.stamp().equals(stamp)) {
            return last.overview();
        }
        List<StoryDetails> stories = reader.publishedAll(reader.liveStoryIds(), Audience.PUBLIC_SITE);
        ImpactOverview overview = of(stories);
        kept.set(new Kept(overview, now, stamp));
        return overview;
    }

    /** The overview of given public stories: what the site export uses, with the stories it already read. */
    @Transactional(readOnly = true)
    public ImpactOverview of(List<StoryDetails> publicStories) {
        return ImpactOverview.of(publicStories, regions.provinces(), clipsPerProvince(), clock.getZone());
    }

    /** Changes whenever a story, an alumnus (consents are part of it) or a clip is written, deleted or added. */
    private String stamp() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM story) || '/' || (SELECT COALESCE(MAX(updated_at), TIMESTAMP '2000-01-01') FROM story)
                    || '/' || (SELECT COUNT(*) FROM alumnus) || '/' || (SELECT COALESCE(SUM(version), 0) FROM alumnus)
                    || '/' || (SELECT COUNT(*) FROM press_clip) || '/' || (SELECT COALESCE(MAX(updated_at), TIMESTAMP '2000-01-01') FROM press_clip)
                """).query(String.class).single();
    }

    @Transactional(readOnly = true)
    public Map<String, Long> clipsPerProvince() {
        Map<String, Long> counts = new HashMap<>();
        clips.perProvince().forEach(c -> counts.put(c.key(), c.count()));
        return counts;
    }
}
