package id.cerita.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.ProviderId;
import id.cerita.common.StoryId;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.gathering.Gathering;
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

    /** Stories per batch read: a few hundred ids keep each IN list well inside every driver's parameter limit. */
    private static final int BATCH = 500;

    private final StoryRows rows;
    private final Revisions revisions;
    private final Regions regions;
    private final Themes themes;
    private final Courses courses;
    private final Alumni alumni;
    private final Gatherings gatherings;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoryReader(StoryRows rows, Revisions revisions, Regions regions, Themes themes, Courses courses,
            Alumni alumni, Gatherings gatherings, JdbcClient jdbc, Clock clock) {
        this.rows = rows;
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
    public Optional<StoryDetails> working(StoryId id) {
        return row(id).map(story -> assemble(story, story.title(), story.summary(), story.body(),
                story.currentRevision(), null, new Lookups(), translationsOf(story)));
    }

    /** {@link #working} for many stories at once, in their order, leaving out ids that name no story. */
    public List<StoryDetails> workingAll(List<StoryId> ids) {
        Lookups lookups = new Lookups();
        List<StoryDetails> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<StoryId> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<StoryId, StoryRow> loaded = rows.load(chunk);
            Map<UUID, List<Translation>> translations = rows
                .translations(loaded.values().stream().map(StoryRow::translationKey).distinct().toList());
            chunk.stream().map(loaded::get).filter(Objects::nonNull)
                .map(story -> assemble(story, story.title(), story.summary(), story.body(), story.currentRevision(),
                        null, lookups, others(story, translations.getOrDefault(story.translationKey(), List.of()))))
                .forEach(found::add);
        }
        return found;
    }

    /**
     * The published version, if the audience may see the story now: live, not under embargo, and the featured
     * person's consent covers their name and this audience.
     */
    public Optional<StoryDetails> published(StoryId id, Audience audience) {
        return row(id).filter(StoryRow::live).filter(story -> !story.embargoedAt(clock.instant()))
            .flatMap(story -> visible(story, audience));
    }

    /**
     * {@link #published} for many stories at once, in their order, leaving out those the audience may not see: the
     * same rule, read in a few queries per {@value #BATCH} stories instead of about twenty per story. For exports and
     * rebuilds, which read every live story.
     */
    public List<StoryDetails> publishedAll(List<StoryId> ids, Audience audience) {
        Instant now = clock.instant();
        Lookups lookups = new Lookups();
        List<StoryDetails> visible = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<StoryId> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<StoryId, StoryRow> loaded = rows.load(chunk);
            List<StoryRow> candidates = chunk.stream().map(loaded::get).filter(Objects::nonNull).filter(StoryRow::live)
                .filter(story -> !story.embargoedAt(now)).toList();
            Map<StoryId, Integer> numbers = new HashMap<>();
            candidates.forEach(story -> numbers.put(story.id(), story.publishedRevision()));
            Map<StoryId, StoryRevision> texts = revisions.all(numbers);
            Map<UUID, List<Translation>> translations = rows
                .translations(candidates.stream().map(StoryRow::translationKey).distinct().toList());
            for (StoryRow story : candidates) {
                StoryRevision text = texts.get(story.id());
                if (text == null) {
                    throw new IllegalStateException("story " + story.id() + " has no revision " + story.publishedRevision());
                }
                visibleTo(audience, assemble(story, text.title(), text.summary(), text.body(), text.number(), audience,
                        lookups, others(story, translations.getOrDefault(story.translationKey(), List.of()))))
                    .ifPresent(visible::add);
            }
        }
        return visible;
    }

    /**
     * As {@link #published}, but also while the story is under embargo: for the people cleared to receive embargoed
     * material (the press room); everything else of the rule holds.
     */
    public Optional<StoryDetails> publishedIncludingEmbargoed(StoryId id, Audience audience) {
        return row(id).filter(StoryRow::live).flatMap(story -> visible(story, audience));
    }

    /** Until when the story is under embargo, if it still is. */
    public Optional<Instant> embargoedUntil(StoryId id) {
        Instant now = clock.instant();
        return row(id).filter(story -> story.embargoedAt(now)).map(story -> story.embargo().embargoUntil());
    }

    /** Ids of every live story out of embargo, oldest publication first: the input of a full export or index rebuild. */
    public List<StoryId> liveStoryIds() {
        return jdbc.sql("""
                SELECT id FROM story WHERE live = TRUE AND (embargo_until IS NULL OR embargo_until <= ?)
                ORDER BY published_at, id""")
            .param(clock.instant().atOffset(ZoneOffset.UTC)).query(UUID.class).stream().map(StoryId::new).toList();
    }

    /** Ids of every story about this alumnus, in any state (a consent change touches all of them). */
    public List<StoryId> storyIdsAbout(AlumnusId alumnusId) {
        return jdbc.sql("SELECT id FROM story WHERE alumnus_id = ? ORDER BY id").param(alumnusId.value()).query(UUID.class)
            .stream().map(StoryId::new).toList();
    }

    private Optional<StoryRow> row(StoryId id) {
        return Optional.ofNullable(rows.load(List.of(id)).get(id));
    }

    private Optional<StoryDetails> visible(StoryRow story, Audience audience) {
        StoryRevision text = revisions.get(story.id(), story.publishedRevision());
        return visibleTo(audience, assemble(story, text.title(), text.summary(), text.body(), text.number(), audience,
                new Lookups(), translationsOf(story)));
    }

    /** The consent half of the rule: the featured person agreed to their name and to this audience. */
    private static Optional<StoryDetails> visibleTo(Audience audience, StoryDetails details) {
        if (details.person() != null && !details.person().consentedScopes().containsAll(audience.requiredScopes())) {
            return Optional.empty();
        }
        return Optional.of(details);
    }

    private List<Translation> translationsOf(StoryRow story) {
        return others(story, rows.translations(List.of(story.translationKey())).getOrDefault(story.translationKey(),
                List.of()));
    }

    private static List<Translation> others(StoryRow story, List<Translation> versions) {
        return versions.stream().filter(t -> !t.id().equals(story.id()))
            .sorted(Comparator.comparing(Translation::language)).toList();
    }

    private StoryDetails assemble(StoryRow story, String title, String summary, String body, int revision,
            Audience audience, Lookups lookups, List<Translation> translations) {
        Region region = lookups.region(story.regionCode());
        Region province = lookups.region(region.regionCode().province());
        List<Theme> storyThemes = story.themeCodes().stream().map(lookups::theme)
            .sorted(Comparator.comparingInt(Theme::position)).toList();
        List<CourseOffer> offers = story.courseIds().stream().map(lookups::course)
            .map(c -> new CourseOffer(c, lookups.provider(c.providerId())))
            .sorted(Comparator.comparing(o -> o.course().title())).toList();
        Person person = story.alumnusId() == null ? null : person(lookups.alumnus(story.alumnusId()), audience);
        return new StoryDetails(story.id(), story.slug().value(), story.language(), story.translationKey(), title,
                summary, body, revision, story.status(), story.live(), story.publishedAt(), story.updatedAt(),
                story.author(), region, province, storyThemes, offers, person,
                story.gatheringId() == null ? null : lookups.gathering(story.gatheringId()), story.quotes(),
                story.outcomes(), story.sources(), translations);
    }

    /**
     * The references of one read, each looked up once: ten thousand stories share a few hundred regencies, a handful
     * of themes and courses.
     */
    private final class Lookups {
        private final Map<RegionCode, Region> regionsByCode = new HashMap<>();
        private final Map<String, Theme> themesByCode = new HashMap<>();
        private final Map<CourseId, TrainingCourse> coursesById = new HashMap<>();
        private final Map<ProviderId, TrainingProvider> providersById = new HashMap<>();
        private final Map<AlumnusId, Alumnus> alumniById = new HashMap<>();
        private final Map<GatheringId, Optional<Gathering>> gatheringsById = new HashMap<>();

        Region region(RegionCode code) {
            return once(regionsByCode, code, c -> regions.find(c).orElseThrow());
        }

        Theme theme(String code) {
            return once(themesByCode, code, c -> themes.find(c).orElseThrow());
        }

        TrainingCourse course(CourseId id) {
            return once(coursesById, id, c -> courses.course(c).orElseThrow());
        }

        TrainingProvider provider(ProviderId id) {
            return once(providersById, id, p -> courses.provider(p).orElseThrow());
        }

        Alumnus alumnus(AlumnusId id) {
            return once(alumniById, id, a -> alumni.find(a).orElseThrow());
        }

        Gathering gathering(GatheringId id) {
            return once(gatheringsById, id, gatherings::find).orElse(null);
        }

        private static <K, V> V once(Map<K, V> cache, K key, Function<K, V> lookup) {
            return cache.computeIfAbsent(key, lookup);
        }
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
