package id.cerita.story.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.StoryId;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.Story;
import id.cerita.story.StoryStatus;

/** A story's working copy as the API answers it; {@code version} is what the next PUT must send back. */
record StoryView(StoryId id, long version, String slug, Language language, UUID translationKey, String title,
        String summary, String body, AlumnusId alumnusId, String regionCode, GatheringId gatheringId, Set<CourseId> courseIds,
        Set<String> themeCodes, List<Quote> quotes, List<Outcome> outcomes, List<SourceReference> sources,
        StoryStatus status, boolean live, int revision, Integer publishedRevision, String author, String lastEditor,
        Instant createdAt, Instant updatedAt, Instant publishedAt) {

    static StoryView of(Story s) {
        return new StoryView(s.id(), s.version(), s.slug().value(), s.language(), s.translationKey(), s.title(),
                s.summary(), s.body(), s.alumnusId(), s.regionCode().value(), s.gatheringId(), s.courseIds(), s.themeCodes(),
                s.quotes(), s.outcomes(), s.sources(), s.status(), s.live(), s.currentRevision(),
                s.publishedRevision(), s.author(), s.lastEditor(), s.createdAt(), s.updatedAt(), s.publishedAt());
    }
}
