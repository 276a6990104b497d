package id.cerita.impact;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.coverage.CoverageCounts;
import id.cerita.region.Regions;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * Reads the impact figures from what the public may see right now, so the staff pages show exactly what the next
 * site export will: live stories through the public visibility rule, counted by {@link ImpactTally}.
 */
@Service
public class ImpactReports {

    private final StoryReader reader;
    private final CoverageCounts clips;
    private final Regions regions;
    private final Clock clock;

    ImpactReports(StoryReader reader, CoverageCounts clips, Regions regions, Clock clock) {
        this.reader = reader;
        this.clips = clips;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ImpactOverview overview() {
        List<StoryDetails> stories = reader.liveStoryIds().stream()
            .map(id -> reader.published(id, Audience.PUBLIC_SITE)).flatMap(Optional::stream).toList();
        return of(stories);
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
