package id.cerita.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
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
 * of that rule (a few queries per story), so the staff pages' overview is kept for {@code cerita.impact.cache-ttl}
 * (a minute): the dashboard and the impact page may be that much behind, the site export never is.
 */
@Service
public class ImpactReports {

    private final StoryReader reader;
    private final CoverageCounts clips;
    private final Regions regions;
    private final Clock clock;
    private final Duration ttl;
    private final AtomicReference<Kept> kept = new AtomicReference<>();

    /** An overview and when it was read. */
    private record Kept(ImpactOverview overview, Instant readAt) {
    }

    ImpactReports(StoryReader reader, CoverageCounts clips, Regions regions, Clock clock,
            @Value("${cerita.impact.cache-ttl:PT1M}") Duration ttl) {
        this.reader = reader;
        this.clips = clips;
        this.regions = regions;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Transactional(readOnly = true)
    public ImpactOverview overview() {
        Kept last = kept.get();
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.readAt().plus(ttl))) {
            return last.overview();
        }
        List<StoryDetails> stories = reader.liveStoryIds().stream()
            .map(id -> reader.published(id, Audience.PUBLIC_SITE)).flatMap(Optional::stream).toList();
        ImpactOverview overview = of(stories);
        kept.set(new Kept(overview, now));
        return overview;
    }

    /** The overview of given public stories: what the site export uses, with the stories it already read. */
    @Transactional(readOnly = true)
    public ImpactOverview of(List<StoryDetails> publicStories) {
        return ImpactOverview.of(publicStories, regions.provinces(), clipsPerProvince(), clock.getZone());
    }

    @Transactional(readOnly = true)
    public Map<String, Long> clipsPerProvince() {
        Map<String, Long> counts = new HashMap<>();
        clips.perProvince().forEach(c -> counts.put(c.key(), c.count()));
        return counts;
    }
}
