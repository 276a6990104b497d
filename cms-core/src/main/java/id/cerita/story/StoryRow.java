package id.cerita.story;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.StoryId;
import id.cerita.region.RegionCode;

/**
 * A story as {@link StoryReader} reads it for display: the row and its collections, without the aggregate's rules.
 * Reads go through this rather than through {@link Story}, which is only ever loaded to be changed.
 */
record StoryRow(StoryId id, Slug slug, Language language, UUID translationKey, String title, String summary, String body,
        AlumnusId alumnusId, RegionCode regionCode, GatheringId gatheringId, StoryStatus status, int currentRevision,
        Publication publication, String author, Instant updatedAt, Embargo embargo, Set<CourseId> courseIds,
        Set<String> themeCodes, List<Quote> quotes, List<Outcome> outcomes, List<SourceReference> sources) {

    boolean live() {
        return publication.live();
    }

    Integer publishedRevision() {
        return publication.publishedRevision();
    }

    Instant publishedAt() {
        return publication.publishedAt();
    }

    boolean embargoedAt(Instant now) {
        return embargo != null && embargo.activeAt(now);
    }
}
