package id.cerita.story;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.Identifier;
import id.cerita.common.StoryId;
import id.cerita.region.RegionCode;

/**
 * A success story: the aggregate the communication team writes, reviews and publishes. State changes only through
 * guarded transitions, each registering a past-tense event. The public version is a revision number: a published
 * story that is being corrected stays public, as it was approved, until the correction is approved and published.
 */
@Table("story")
public class Story extends AbstractAggregateRoot<Story> {

    @Id
    private UUID id;
    private String slug;
    private Language language;
    private UUID translationKey;
    private String title;
    private String summary;
    private String body;
    private UUID alumnusId;
    private String regionCode;
    private UUID gatheringId;
    private StoryStatus status;
    private int currentRevision;
    @Embedded.Empty
    private Publication publication;
    private String author;
    private String lastEditor;
    private Instant createdAt;
    private Instant updatedAt;
    @Embedded.Nullable
    private Schedule schedule;
    @Embedded.Nullable
    private Embargo embargo;
    @MappedCollection(idColumn = "story_id")
    private Set<CourseRef> courses;
    @MappedCollection(idColumn = "story_id")
    private Set<ThemeRef> themes;
    @MappedCollection(idColumn = "story_id", keyColumn = "position")
    private List<Quote> quotes;
    @MappedCollection(idColumn = "story_id", keyColumn = "position")
    private List<Outcome> outcomes;
    @MappedCollection(idColumn = "story_id", keyColumn = "position")
    private List<SourceReference> sources;
    @Version
    private Long version;

    /** Spring Data fills the fields of a stored story; a new one starts in {@link #draft}. */
    private Story() {
    }

    static Story draft(StoryContent content, Slug slug, UUID translationKey, String author, Instant now) {
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.slug = slug.value();
        story.language = content.language();
        story.translationKey = translationKey;
        story.status = StoryStatus.DRAFT;
        story.currentRevision = 1;
        story.publication = Publication.NONE;
        story.author = author;
        story.lastEditor = author;
        story.createdAt = now;
        story.updatedAt = now;
        story.apply(content);
        story.registerEvent(new StoryDrafted(story.id(), author));
        story.registerEvent(new StoryRevised(story.id(), 1, author));
        return story;
    }

    /**
     * A save. Editing an approved or published story sends it back to draft: what is public stays as it was approved
     * until the correction has been reviewed too.
     */
    void revise(StoryContent content, Slug newSlug, String editor, Instant now) {
        TransitionRules.requireNotArchived(status, "Cerita yang diarsipkan tidak dapat diubah");
        // A reviewer may fix a typo during review; they become the last editor and so can no longer approve (four eyes).
        if (newSlug != null && !newSlug.value().equals(slug)) {
            if (publication.everPublished()) {
                throw new WorkflowViolationException("slug.published",
                        "Slug cerita yang sudah terbit tidak dapat diubah: tautan yang sudah beredar akan rusak");
            }
            this.slug = newSlug.value();
        }
        apply(content);
        if (status == StoryStatus.SCHEDULED) {
            registerEvent(new StoryUnscheduled(id(), editor, "edited after approval"));
            schedule = null;
        }
        if (status.reviewedAgainWhenEdited()) {
            status = StoryStatus.DRAFT;
        }
        lastEditor = editor;
        currentRevision++;
        changed(now, new StoryRevised(id(), currentRevision, editor));
    }

    void submit(String by, Instant now) {
        TransitionRules.require(this, Transition.SUBMIT, by);
        status = StoryStatus.IN_REVIEW;
        changed(now, new StorySubmitted(id(), by));
    }

    void requestChanges(String by, String reason, Instant now) {
        TransitionRules.require(this, Transition.REQUEST_CHANGES, by);
        TransitionRules.requireReason(reason, "changes.reason-missing",
                "Tuliskan apa yang perlu diperbaiki, supaya penulis tahu alasannya");
        schedule = null;
        status = StoryStatus.CHANGES_REQUESTED;
        changed(now, new StoryChangesRequested(id(), by, reason));
    }

    /** Four eyes: never by the author, never by whoever last edited the text ({@link TransitionRules#refusal}). */
    void approve(String by, Instant now) {
        TransitionRules.require(this, Transition.APPROVE, by);
        status = StoryStatus.APPROVED;
        changed(now, new StoryApproved(id(), by));
    }

    /** Publishes now. The caller has checked consent: the aggregate does not hold the alumnus's records. */
    void publish(String by, Instant now) {
        TransitionRules.require(this, Transition.PUBLISH, by);
        schedule = null;
        status = StoryStatus.PUBLISHED;
        publication = publication.of(currentRevision, now);
        changed(now, new StoryPublished(id(), currentRevision, by));
    }

    /** Publication at a later instant, chosen in the editor's zone; the scheduler publishes it when it is due. */
    void schedule(Instant at, ZoneId zone, String by, Instant now) {
        TransitionRules.require(status, "schedule", TransitionRules.from(Transition.PUBLISH));
        schedule = Schedule.at(at, zone, now);
        status = StoryStatus.SCHEDULED;
        changed(now, new StoryScheduled(id(), at, zone.getId(), by));
    }

    void unschedule(String by, String reason, Instant now) {
        TransitionRules.require(this, Transition.UNSCHEDULE, by);
        status = StoryStatus.APPROVED;
        schedule = null;
        changed(now, new StoryUnscheduled(id(), by, reason));
    }

    public boolean dueForPublication(Instant now) {
        return status == StoryStatus.SCHEDULED && schedule != null && schedule.dueAt(now);
    }

    /** Before {@code until} the story is for staff only, whatever its publication state. */
    void embargo(Instant until, String by, Instant now) {
        TransitionRules.requireNotArchived(status, "Cerita yang diarsipkan tidak dapat diembargo");
        embargo = Embargo.until(until, now);
        changed(now, new StoryEmbargoed(id(), until, by));
    }

    /** Lifting an embargo before its time is a deliberate act with a reason, on the record. */
    void liftEmbargo(String by, String reason, Instant now) {
        if (!embargoedAt(now)) {
            throw new WorkflowViolationException("embargo.none", "Cerita ini tidak sedang diembargo");
        }
        TransitionRules.requireReason(reason, "embargo.reason-missing", "Sebutkan alasan embargo dicabut lebih awal");
        embargo = null;
        changed(now, new StoryEmbargoLifted(id(), by, reason, true));
    }

    /** The embargo time has passed: the story becomes public by itself (search and export hear of it). */
    boolean endEmbargoIfPassed(Instant now) {
        if (embargo == null || embargo.activeAt(now)) {
            return false;
        }
        embargo = null;
        registerEvent(new StoryEmbargoLifted(id(), "system", "embargo passed", false));
        return true;
    }

    public boolean embargoedAt(Instant now) {
        return embargo != null && embargo.activeAt(now);
    }

    /** Still public, but no longer for the press: announced so that search and press kits drop it. */
    void withdrawFromPress(String by, String reason) {
        if (live()) {
            registerEvent(new StoryWithdrawnFromPress(id(), by, reason));
        }
    }

    void unpublish(String by, String reason, Instant now) {
        TransitionRules.require(this, Transition.UNPUBLISH, by);
        publication = publication.withdrawn();
        status = StoryStatus.UNPUBLISHED;
        changed(now, new StoryUnpublished(id(), by, reason));
    }

    void archive(String by, Instant now) {
        TransitionRules.require(this, Transition.ARCHIVE, by);
        if (live()) {
            publication = publication.withdrawn();
            registerEvent(new StoryUnpublished(id(), by, "archived"));
        }
        status = StoryStatus.ARCHIVED;
        changed(now, new StoryArchived(id(), by));
    }

    /** Every change moves the story's time of change and announces itself to search, export and alerts. */
    private void changed(Instant now, StoryEvent event) {
        updatedAt = now;
        registerEvent(event);
    }

    /** The steps {@code actor} may take on this story now, in the order a page offers them ({@link TransitionRules}). */
    public List<Transition> openTransitions(Actor actor) {
        return java.util.Arrays.stream(Transition.values()).filter(t -> allows(t, actor)).toList();
    }

    public boolean allows(Transition transition, Actor actor) {
        return TransitionRules.allows(this, transition, actor);
    }

    private void apply(StoryContent content) {
        this.title = content.title().strip();
        this.summary = content.summary().strip();
        this.body = content.body();
        this.alumnusId = Identifier.uuidOrNull(content.alumnusId());
        this.regionCode = content.regionCode();
        this.gatheringId = Identifier.uuidOrNull(content.gatheringId());
        this.courses = content.courseIds().stream().map(CourseRef::of).collect(Collectors.toCollection(HashSet::new));
        this.themes = content.themeCodes().stream().map(ThemeRef::new).collect(Collectors.toCollection(HashSet::new));
        this.quotes = new ArrayList<>(content.quotes());
        this.outcomes = new ArrayList<>(content.outcomes());
        this.sources = new ArrayList<>(content.sources());
    }

    /** The content as an editor would send it back: the starting point of a form. */
    public StoryContent content() {
        return new StoryContent(language, title, slug, summary, body, alumnusId(), regionCode, gatheringId(),
                courseIds(), themeCodes(), quotes, outcomes, sources);
    }

    public boolean isTranslationOf(Story other) {
        return !id.equals(other.id) && translationKey.equals(other.translationKey);
    }

    public boolean hasPendingCorrection() {
        return publication.behind(currentRevision);
    }

    public StoryId id() { return new StoryId(id); }
    public Slug slug() { return new Slug(slug); }
    public Language language() { return language; }
    public UUID translationKey() { return translationKey; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public AlumnusId alumnusId() { return Identifier.ofNullable(alumnusId, AlumnusId::new); }
    /** Stored as its text; handed out typed, so callers ask it for the province instead of cutting the string. */
    public RegionCode regionCode() { return regionCode == null ? null : RegionCode.of(regionCode); }
    public GatheringId gatheringId() { return Identifier.ofNullable(gatheringId, GatheringId::new); }
    public StoryStatus status() { return status; }
    public boolean live() { return publication.live(); }
    public int currentRevision() { return currentRevision; }
    public Integer publishedRevision() { return publication.publishedRevision(); }
    public String author() { return author; }
    public String lastEditor() { return lastEditor; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant publishedAt() { return publication.publishedAt(); }
    public Instant scheduledAt() { return schedule == null ? null : schedule.scheduledAt(); }
    public ZoneId scheduleZone() { return schedule == null ? null : schedule.zone(); }
    public Instant embargoUntil() { return embargo == null ? null : embargo.embargoUntil(); }
    public Set<CourseId> courseIds() { return courses.stream().map(CourseRef::id).collect(Collectors.toUnmodifiableSet()); }
    public Set<String> themeCodes() { return themes.stream().map(ThemeRef::themeCode).collect(Collectors.toUnmodifiableSet()); }
    public List<Quote> quotes() { return List.copyOf(quotes); }
    public List<Outcome> outcomes() { return List.copyOf(outcomes); }
    public List<SourceReference> sources() { return List.copyOf(sources); }
    public Long version() { return version; }
}
