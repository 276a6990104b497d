package id.cerita.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.StoryId;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;

/**
 * Writes the demo stories the way the newsroom would: a writer drafts, submits, another editor approves and
 * publishes. Published stories replay that history on the dates in their files, so the list shows real publication
 * dates. A story whose slug already exists is left alone.
 */
final class DemoStories {

    private static final Duration DRAFTED_BEFORE = Duration.ofDays(3);
    private static final Duration SUBMITTED_BEFORE = Duration.ofDays(2);
    private static final Duration APPROVED_BEFORE = Duration.ofHours(2);

    private final Stories stories;
    private final DemoClock clock;

    DemoStories(Stories stories, DemoClock clock) {
        this.stories = stories;
        this.clock = clock;
    }

    void load(DemoContent content, DemoCatalogue.Keys keys, DemoLoad.Counter created) {
        Map<String, StoryId> originals = new HashMap<>();
        for (DemoContent.Story s : content.stories()) {
            Story existing = stories.bySlug(s.slug()).orElse(null);
            if (existing == null) {
                StoryId translationOf = "id".equals(s.language()) ? null : originals.get(s.key());
                existing = write(s, content(s, keys), translationOf);
                created.count("stories");
            }
            originals.putIfAbsent(s.key(), existing.id());
        }
    }

    private Story write(DemoContent.Story s, StoryContent content, StoryId translationOf) {
        String editor = reviewerFor(s.author());
        if (!s.published()) {
            Story draft = stories.create(content, translationOf, s.author());
            return "IN_REVIEW".equals(s.status()) ? stories.submit(draft.id(), s.author()) : draft;
        }
        Instant publishedAt = s.publishedAt().toInstant();
        StoryId id = clock.at(publishedAt.minus(DRAFTED_BEFORE), () -> stories.create(content, translationOf, s.author()))
            .id();
        clock.at(publishedAt.minus(SUBMITTED_BEFORE), () -> stories.submit(id, s.author()));
        clock.at(publishedAt.minus(APPROVED_BEFORE), () -> stories.approve(id, editor));
        return clock.at(publishedAt, () -> stories.publish(id, editor));
    }

    /** Four eyes: writers' stories go to budi or dewi, an editor's own story to the other editor. */
    static String reviewerFor(String author) {
        return switch (author) {
            case "budi" -> "dewi";
            case "dewi", "sari" -> "budi";
            default -> "dewi";
        };
    }

    private static StoryContent content(DemoContent.Story s, DemoCatalogue.Keys keys) {
        Set<CourseId> courseIds = new LinkedHashSet<>();
        s.courses().forEach(c -> courseIds.add(DemoCatalogue.require(keys.courses(), c, "course of " + s.file())));
        AlumnusId alumnusId = s.alumnus() == null ? null
                : DemoCatalogue.require(keys.alumni(), s.alumnus(), "alumnus of " + s.file());
        GatheringId gatheringId = s.event() == null ? null
                : DemoCatalogue.require(keys.events(), s.event(), "event of " + s.file());
        return new StoryContent(Language.of(s.language()), s.title(), s.slug(), s.summary(), s.body(), alumnusId,
                s.region(), gatheringId, courseIds, new LinkedHashSet<>(s.themes()),
                s.quotes().stream().map(q -> new Quote(q.text(), q.speaker(), q.role())).toList(),
                s.outcomes().stream().map(o -> new Outcome(OutcomeKind.valueOf(o.kind()), o.description(), o.baseline(),
                        o.amount(), o.formerly(), o.source())).toList(),
                s.sources().stream().map(r -> new SourceReference(r.outlet(), r.title(), r.url(), r.publishedOn()))
                    .toList());
    }
}
