package id.cerita.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.course.Courses;
import id.cerita.gathering.Gatherings;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.revision.Revisions;
import id.cerita.revision.StoryRevision;
import id.cerita.story.StoryDetails.CourseOffer;
import id.cerita.story.StoryDetails.Person;
import id.cerita.story.StoryDetails.Translation;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;

/**
 * Reads stories with their references resolved, and decides what an audience outside the newsroom may see. The one
 * place the public visibility rule lives, so that the site, search and the press room cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class StoryReader {

    private final StoryRepository stories;
    private final Revisions revisions;
    private final Regions regions;
    private final Themes themes;
    private final Courses courses;
    private final Alumni alumni;
    private final Gatherings gatherings;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoryReader(StoryRepository stories, Revisions revisions, Regions regions, Themes themes, Courses courses,
            Alumni alumni, Gatherings gatherings, JdbcClient jdbc, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.regions = regions;
        this.themes = themes;
        this.courses = courses;
        this.alumni = alumni;
        this.gatherings = gatherings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The working copy, as staff see it. */
    public Optional<StoryDetails> working(UUID id) {
        return stories.findById(id).map(story -> assemble(story, story.title(), story.summary(), story.body(),
                story.currentRevision(), null));
    }

    /**
     * The published version, if the audience may see the story now: live, not under embargo, and the featured
     * person's consent covers their name and this audience.
     */
    public Optional<StoryDetails> published(UUID id, Audience audience) {
        return stories.findById(id).filter(Story::live).filter(story -> !story.embargoedAt(clock.instant()))
            .flatMap(story -> visible(story, audience));
    }

    /**
     * As {@link #published}, but also while the story is under embargo: for the people cleared to receive embargoed
     * material (the press room); everything else of the rule holds.
     */
    public Optional<StoryDetails> publishedIncludingEmbargoed(UUID id, Audience audience) {
        return stories.findById(id).filter(Story::live).flatMap(story -> visible(story, audience));
    }

    /** Until when the story is under embargo, if it still is. */
    public Optional<Instant> embargoedUntil(UUID id) {
        Instant now = clock.instant();
        return stories.findById(id).filter(story -> story.embargoedAt(now)).map(Story::embargoUntil);
    }

    /** Ids of every live story out of embargo, oldest publication first: the input of a full export or index rebuild. */
    public List<UUID> liveStoryIds() {
        return jdbc.sql("""
                SELECT id FROM story WHERE live = TRUE AND (embargo_until IS NULL OR embargo_until <= ?)
                ORDER BY published_at, id""")
            .param(clock.instant().atOffset(ZoneOffset.UTC)).query(UUID.class).list();
    }

    /** Ids of every story about this alumnus, in any state (a consent change touches all of them). */
    public List<UUID> storyIdsAbout(UUID alumnusId) {
        return jdbc.sql("SELECT id FROM story WHERE alumnus_id = ? ORDER BY id").param(alumnusId).query(UUID.class)
            .list();
    }

    private Optional<StoryDetails> visible(Story story, Audience audience) {
        StoryRevision text = revisions.get(story.id(), story.publishedRevision());
        StoryDetails details = assemble(story, text.title(), text.summary(), text.body(), text.number(), audience);
        if (details.person() != null && !details.person().consentedScopes().containsAll(audience.requiredScopes())) {
            return Optional.empty();
        }
        return Optional.of(details);
    }

    private StoryDetails assemble(Story story, String title, String summary, String body, int revision,
            Audience audience) {
        Region region = regions.find(RegionCode.of(story.regionCode())).orElseThrow();
        Region province = regions.find(region.regionCode().province()).orElseThrow();
        List<Theme> storyThemes = story.themeCodes().stream().map(code -> themes.find(code).orElseThrow())
            .sorted(Comparator.comparingInt(Theme::position)).toList();
        List<CourseOffer> offers = story.courseIds().stream().map(id -> courses.course(id).orElseThrow())
            .map(c -> new CourseOffer(c, courses.provider(c.providerId()).orElseThrow()))
            .sorted(Comparator.comparing(o -> o.course().title())).toList();
        Person person = story.alumnusId() == null ? null : person(alumni.find(story.alumnusId()).orElseThrow(), audience);
        List<Translation> translations = stories.findByTranslationKey(story.translationKey()).stream()
            .filter(story::isTranslationOf)
            .map(t -> new Translation(t.id(), t.language(), t.slug().value(), t.title(), t.live()))
            .sorted(Comparator.comparing(Translation::language)).toList();
        return new StoryDetails(story.id(), story.slug().value(), story.language(), story.translationKey(), title,
                summary, body, revision, story.status(), story.live(), story.publishedAt(), story.updatedAt(),
                story.author(), region, province, storyThemes, offers, person,
                story.gatheringId() == null ? null : gatherings.find(story.gatheringId()).orElse(null), story.quotes(),
                story.outcomes(), story.sources(), translations);
    }

    private Person person(Alumnus alumnus, Audience audience) {
        LocalDate today = LocalDate.now(clock);
        var scopes = alumnus.consentedScopesOn(today);
        boolean staff = audience == null;
        String name = staff || scopes.contains(ConsentScope.NAME) ? alumnus.fullName() : null;
        String business = staff || scopes.contains(ConsentScope.BUSINESS_DETAILS) ? alumnus.businessName() : null;
        return new Person(alumnus.id(), name, alumnus.cohort(), business, alumnus.occupation(), scopes, today);
    }
}
