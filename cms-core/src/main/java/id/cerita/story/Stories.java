package id.cerita.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.alumni.Alumni;
import id.cerita.common.AsEditor;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.course.Courses;
import id.cerita.gathering.Gatherings;
import id.cerita.region.Regions;
import id.cerita.revision.RevisionSnapshot;
import id.cerita.revision.Revisions;
import id.cerita.theme.Themes;

/** Writing stories: create, save (with a version check), and the editorial transitions. */
@Service
@Validated
@Transactional
public class Stories {

    /** Writers on their own stories, editors on any, always in their own name. */
    static final String OWN_OR_EDITOR = "hasRole('SYSTEM') or (#by == authentication.name"
            + " and (@capability.granted(authentication, 'EDIT_ANY_STORY')"
            + " or (@capability.granted(authentication, 'WRITE_STORIES') and @storyOwnership.isAuthor(#id, #by))))";

    private final StoryRepository stories;
    private final Revisions revisions;
    private final StoryReferences references;
    private final ConsentRules consent;
    private final List<StoryFactsSource> factSources;
    private final Clock clock;

    Stories(StoryRepository stories, Revisions revisions, Regions regions, Themes themes, Courses courses,
            Alumni alumni, Gatherings gatherings, ConsentRules consent, List<StoryFactsSource> factSources,
            Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.references = new StoryReferences(regions, themes, courses, alumni, gatherings);
        this.consent = consent;
        this.factSources = factSources;
        this.clock = clock;
    }

    /** Starts a story; with {@code translationOf}, as the translation of another story into another language. */
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'WRITE_STORIES') and #by == authentication.name)")
    public Story create(@Valid StoryContent content, StoryId translationOf, String by) {
        String author = by;
        references.check(content);
        UUID translationKey = translationOf == null ? UUID.randomUUID() : translationKeyFor(translationOf, content.language());
        Slug slug = content.slug() == null || content.slug().isBlank() ? freeSlug(Slug.of(content.title()))
                : takenCheck(new Slug(content.slug()));
        Story story = stories.save(Story.draft(content, slug, translationKey, author, clock.instant()));
        recordRevision(story, "dibuat");
        return story;
    }

    /** Saves a new version; rejects it if someone saved since {@code expectedVersion} was read. */
    @PreAuthorize(OWN_OR_EDITOR)
    public Story save(StoryId id, long expectedVersion, @Valid StoryContent content, String by) {
        return save(id, expectedVersion, content, by, null);
    }

    /** Brings back the text of an earlier revision, as a new revision: history is never rewritten. */
    @PreAuthorize(OWN_OR_EDITOR)
    public Story restore(StoryId id, long expectedVersion, int revision, String by) {
        Story story = require(id);
        var old = revisions.get(id, revision);
        StoryContent current = story.content();
        StoryContent restored = new StoryContent(current.language(), old.title(), current.slug(), old.summary(),
                old.body(), current.alumnusId(), current.regionCode(), current.gatheringId(), current.courseIds(),
                current.themeCodes(), current.quotes(), current.outcomes(), current.sources());
        return save(id, expectedVersion, restored, by, "dipulihkan dari revisi " + revision);
    }

    private Story save(StoryId id, long expectedVersion, StoryContent content, String editor, String note) {
        Story story = require(id);
        if (story.version() != expectedVersion) {
            throw new StaleStoryException(story, expectedVersion);
        }
        if (story.language() != content.language()) {
            throw new InvalidFieldException("language", "story.language-fixed",
                    "Bahasa cerita tidak dapat diubah; buat terjemahan sebagai cerita tertaut");
        }
        references.check(content, story);
        Slug slug = null;
        if (content.slug() != null && !content.slug().isBlank() && !content.slug().equals(story.slug().value())) {
            slug = takenCheck(new Slug(content.slug()));
        }
        story.revise(content, slug, editor, clock.instant());
        Story saved = stories.save(story);
        recordRevision(saved, note);
        return saved;
    }

    @PreAuthorize(OWN_OR_EDITOR)
    public Story submit(StoryId id, String by) {
        Story story = require(id);
        story.submit(by, clock.instant());
        return stories.save(story);
    }

    @AsEditor
    public Story requestChanges(StoryId id, String by, String reason) {
        Story story = require(id);
        story.requestChanges(by, reason, clock.instant());
        return stories.save(story);
    }

    @AsEditor
    public Story approve(StoryId id, String by) {
        Story story = require(id);
        story.approve(by, clock.instant());
        return stories.save(story);
    }

    /** Publishes now, if the featured person's consent covers it. */
    @AsEditor
    public Story publish(StoryId id, String by) {
        Story story = require(id);
        consent.requireForPublication(story);
        story.publish(by, clock.instant());
        return stories.save(story);
    }

    /** Publishes at {@code at} (a local date-time in {@code zone}, e.g. Asia/Jakarta); consent is checked now and then. */
    @AsEditor
    public Story schedule(StoryId id, LocalDateTime at, ZoneId zone, String by) {
        Story story = require(id);
        consent.requireForPublication(story);
        story.schedule(at.atZone(zone).toInstant(), zone, by, clock.instant());
        return stories.save(story);
    }

    @AsEditor
    public Story unschedule(StoryId id, String by) {
        Story story = require(id);
        story.unschedule(by, "cancelled", clock.instant());
        return stories.save(story);
    }

    /** Keeps the story for staff only until {@code until}; it cannot be in the past. */
    @AsEditor
    public Story embargo(StoryId id, Instant until, String by) {
        Story story = require(id);
        story.embargo(until, by, clock.instant());
        return stories.save(story);
    }

    /** Lifts an embargo before its time: an explicit, audited act with a reason. */
    @AsEditor
    public Story liftEmbargo(StoryId id, String by, String reason) {
        Story story = require(id);
        story.liftEmbargo(by, reason, clock.instant());
        return stories.save(story);
    }

    @AsEditor
    public Story unpublish(StoryId id, String by, String reason) {
        Story story = require(id);
        story.unpublish(by, reason, clock.instant());
        return stories.save(story);
    }

    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'ARCHIVE_STORIES') and #by == authentication.name)")
    public Story archive(StoryId id, String by) {
        Story story = require(id);
        story.archive(by, clock.instant());
        return stories.save(story);
    }

    @Transactional(readOnly = true)
    public Optional<Story> find(StoryId id) {
        return stories.findById(id.value());
    }

    @Transactional(readOnly = true)
    public Story require(StoryId id) {
        return find(id).orElseThrow(() -> new NotFoundException("story", "Cerita tidak ditemukan: " + id, id));
    }

    @Transactional(readOnly = true)
    public Optional<Story> bySlug(String slug) {
        return stories.findBySlug(slug);
    }

    /** The other language versions of a story. */
    @Transactional(readOnly = true)
    public List<Story> translationsOf(Story story) {
        return stories.findByTranslationKey(story.translationKey()).stream().filter(story::isTranslationOf).toList();
    }

    private UUID translationKeyFor(StoryId translationOf, Language language) {
        Story original = find(translationOf).orElseThrow(() -> new InvalidFieldException("translationOf",
                "story.unknown", "Cerita asal terjemahan tidak ditemukan: " + translationOf, translationOf));
        boolean taken = stories.findByTranslationKey(original.translationKey()).stream()
            .anyMatch(s -> s.language() == language);
        if (taken) {
            throw new InvalidFieldException("language", "story.translation-exists",
                    "Cerita ini sudah punya versi dalam bahasa " + language.code(), language.code());
        }
        return original.translationKey();
    }

    private Slug freeSlug(Slug wanted) {
        Slug slug = wanted;
        for (int n = 2; stories.existsBySlug(slug.value()); n++) {
            slug = wanted.withSuffix(n);
        }
        return slug;
    }

    private Slug takenCheck(Slug slug) {
        if (stories.existsBySlug(slug.value())) {
            throw new InvalidFieldException("slug", "slug.taken", "Slug '" + slug + "' sudah dipakai cerita lain",
                    slug);
        }
        return slug;
    }

    private void recordRevision(Story story, String note) {
        revisions.record(new RevisionSnapshot(story.id(), story.currentRevision(), story.title(), story.summary(),
                story.body(), story.lastEditor(), story.updatedAt(), note, RevisionFactsOfStory.of(story, references, factSources)));
    }
}
